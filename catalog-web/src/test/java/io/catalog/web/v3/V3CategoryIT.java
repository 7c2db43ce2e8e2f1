package io.catalog.web.v3;

import static io.catalog.web.support.ApiChecks.assertError;
import static io.catalog.web.support.ApiChecks.createProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.CollectionBody;
import io.catalog.web.support.ProductBody;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Categories API under /stores/v3: the tree, its rules, the order of products, and the mapping to v1. */
class V3CategoryIT extends CatalogIT {

    static final String CATEGORIES = "/stores/v3/categories";
    static final String STORES_APP = "215238eb-22a5-4c36-9e7b-e7c08025e04e";

    static JsonObject create(Api store, String name, String parentId) {
        String parent = parentId == null ? "" : ", \"parentCategory\": {\"id\": \"" + parentId + "\"}";
        Api.Response created = store.post(CATEGORIES, "{\"category\": {\"name\": \"" + name + "\"" + parent + "}}");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().getJsonObject("category");
    }

    static String id(Api store, String name, String parentId) {
        return create(store, name, parentId).getString("id");
    }

    static String items(String... productIds) {
        StringBuilder json = new StringBuilder("{\"items\": [");
        for (int i = 0; i < productIds.length; i++) {
            json.append(i == 0 ? "" : ", ").append(item(productIds[i]));
        }
        return json.append("]}").toString();
    }

    static String item(String productId) {
        return "{\"catalogItemId\": \"" + productId + "\", \"appId\": \"" + STORES_APP + "\"}";
    }

    static String product(Api store, String name) {
        return createProduct(store, ProductBody.named(name).json()).getString("id");
    }

    static List<String> listed(Api store, String categoryId) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            String body = cursor == null
                    ? "{\"cursorPaging\": {\"limit\": 2}}"
                    : "{\"cursorPaging\": {\"cursor\": \"" + cursor + "\"}}";
            Api.Response page = store.post(CATEGORIES + "/" + categoryId + "/list-items", body);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json()
                    .getJsonArray("items")
                    .forEach(i -> all.add(i.asJsonObject().getString("catalogItemId")));
            JsonObject cursors = page.json().getJsonObject("pagingMetadata").getJsonObject("cursors");
            cursor = cursors.containsKey("next") ? cursors.getString("next") : null;
        } while (cursor != null);
        return all;
    }

    static Api.Response move(Api store, String categoryId, String productId, String position, String before) {
        String beforeItem = before == null ? "" : ", \"beforeItem\": " + item(before);
        return store.post(
                CATEGORIES + "/" + categoryId + "/move-item",
                "{\"item\": " + item(productId) + ", \"position\": \"" + position + "\"" + beforeItem + "}");
    }

    @Test
    void categoriesAreCreatedReadUpdatedAndDeleted() {
        Api store = newStore();
        JsonObject clothing = create(store, "Clothing", null);
        String id = clothing.getString("id");

        assertThat(clothing.getString("slug")).isEqualTo("clothing");
        assertThat(clothing.getBoolean("visible")).isTrue();
        assertThat(clothing.getString("revision")).isEqualTo("1");
        assertThat(clothing.getJsonNumber("itemCounter").longValue()).isZero();
        assertThat(clothing.containsKey("parentCategory")).isFalse();
        assertThat(clothing.getJsonObject("breadcrumbsInfo").getJsonArray("breadcrumbs"))
                .isEmpty();
        assertThat(clothing.getJsonObject("treeReference").getString("appNamespace"))
                .isEqualTo("@wix/stores");

        Api.Response updated = store.patch(CATEGORIES + "/" + id, """
                {"category": {"revision": "1", "name": "Apparel", "image": {"url": "https://img.example.com/a.jpg"},
                 "visible": false}}""");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonObject apparel = updated.json().getJsonObject("category");
        assertThat(apparel.getString("name")).isEqualTo("Apparel");
        assertThat(apparel.getString("revision")).isEqualTo("2");
        assertThat(apparel.getJsonObject("image").getString("url")).isEqualTo("https://img.example.com/a.jpg");
        assertThat(store.get(CATEGORIES + "/" + id)
                        .json()
                        .getJsonObject("category")
                        .getBoolean("visible"))
                .isFalse();

        assertError(
                store.patch(CATEGORIES + "/" + id, "{\"category\": {\"revision\": \"1\", \"name\": \"X\"}}"),
                409,
                "STALE_REVISION",
                null);
        assertError(
                store.patch(CATEGORIES + "/" + id, "{\"category\": {\"name\": \"X\"}}"),
                400,
                "REQUIRED",
                "category.revision");

        assertThat(store.delete(CATEGORIES + "/" + id).status()).isEqualTo(200);
        assertError(store.get(CATEGORIES + "/" + id), 404, "COLLECTION_NOT_FOUND", null);
        assertError(store.delete(CATEGORIES + "/" + id), 404, "COLLECTION_NOT_FOUND", null);
    }

    @Test
    void requestsThatBreakARuleAreRefusedNamingTheField() {
        Api store = newStore();
        String clothing = id(store, "Clothing", null);

        assertError(store.post(CATEGORIES, "{\"category\": {}}"), 400, "REQUIRED", "category.name");
        assertError(
                store.post(CATEGORIES, "{\"category\": {\"name\": \"Clothing\", \"slug\": \"clothing\"}}"),
                409,
                "SLUG_TAKEN",
                "category.slug");
        assertError(
                store.post(
                        CATEGORIES,
                        "{\"category\": {\"name\": \"X\", \"parentCategory\": {\"id\": \"" + UUID.randomUUID()
                                + "\"}}}"),
                400,
                "UNKNOWN_CATEGORY",
                "category.parentCategory.id");
        assertError(
                store.post(CATEGORIES, "{\"category\": {\"name\": \"X\", \"parentCategory\": {\"id\": \"nope\"}}}"),
                400,
                "INVALID_ID",
                "category.parentCategory.id");
        assertError(
                store.post(CATEGORIES, "{\"category\": {\"name\": \"X\", \"image\": {\"url\": \"ftp://x\"}}}"),
                400,
                "INVALID_FORMAT",
                "category.image");
        assertError(
                store.post(CATEGORIES, "{\"category\": {\"name\": \"X\", \"colour\": \"red\"}}"),
                400,
                "UNSUPPORTED_FIELD",
                "category.colour");
        assertError(
                store.post(
                        CATEGORIES, "{\"category\": {\"name\": \"X\"}, \"treeReference\": {\"appNamespace\": \"@x\"}}"),
                400,
                "UNKNOWN_ENUM_VALUE",
                "treeReference.appNamespace");
        assertError(store.get(CATEGORIES + "/nope"), 400, "INVALID_ID", "categoryId");
        assertError(store.get(CATEGORIES + "/00000000-000000-000000-000000000001"), 404, "COLLECTION_NOT_FOUND", null);
        assertError(newStore().get(CATEGORIES + "/" + clothing), 404, "COLLECTION_NOT_FOUND", null);
    }

    @Test
    void theTreeIsAtMostFiveLevelsDeepAndHasNoCycles() {
        Api store = newStore();
        String level1 = id(store, "L1", null);
        String level2 = id(store, "L2", level1);
        String level3 = id(store, "L3", level2);
        String level4 = id(store, "L4", level3);
        JsonObject level5 = create(store, "L5", level4);

        assertThat(level5.getJsonObject("parentCategory").getString("id")).isEqualTo(level4);
        assertThat(level5.getJsonObject("breadcrumbsInfo").getJsonArray("breadcrumbs").stream()
                        .map(b -> b.asJsonObject().getString("categoryName"))
                        .toList())
                .containsExactly("L1", "L2", "L3", "L4");
        assertError(
                store.post(
                        CATEGORIES,
                        "{\"category\": {\"name\": \"L6\", \"parentCategory\": {\"id\": \"" + level5.getString("id")
                                + "\"}}}"),
                409,
                "CATEGORY_TOO_DEEP",
                "category.parentCategory.id");
        assertError(
                store.patch(
                        CATEGORIES + "/" + level2,
                        "{\"category\": {\"revision\": \"1\", \"parentCategory\": {\"id\": \"" + level4 + "\"}}}"),
                409,
                "CATEGORY_CYCLE",
                "category.parentCategory.id");
        String other = id(store, "Other", null);
        String otherChild = id(store, "Other child", other);
        assertError(
                store.patch(
                        CATEGORIES + "/" + level2,
                        "{\"category\": {\"revision\": \"1\", \"parentCategory\": {\"id\": \"" + otherChild + "\"}}}"),
                409,
                "CATEGORY_TOO_DEEP",
                "category.parentCategory.id");

        // L3 (with L4, L5) moves to the top: its subtree comes along
        Api.Response moved = store.patch(
                CATEGORIES + "/" + level3, "{\"category\": {\"revision\": \"1\", \"parentCategory\": null}}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().getJsonObject("category").containsKey("parentCategory"))
                .isFalse();
        JsonObject l5 =
                store.get(CATEGORIES + "/" + level5.getString("id")).json().getJsonObject("category");
        assertThat(l5.getJsonObject("breadcrumbsInfo").getJsonArray("breadcrumbs").stream()
                        .map(b -> b.asJsonObject().getString("categoryName"))
                        .toList())
                .containsExactly("L3", "L4");
        // now L3's subtree is 3 levels: it fits under Other child (level 3 + 3 - 1 = 5)
        assertThat(store.patch(
                                CATEGORIES + "/" + level3,
                                "{\"category\": {\"revision\": \"2\", \"parentCategory\": {\"id\": \"" + otherChild
                                        + "\"}}}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void deletingACategoryDeletesItsSubcategoriesAndTheirMembershipsNotTheProducts() {
        Api store = newStore();
        String clothing = id(store, "Clothing", null);
        String shirts = id(store, "Shirts", clothing);
        String tees = id(store, "Tees", shirts);
        String a = product(store, "A");
        String b = product(store, "B");
        store.post("/stores/v3/bulk/categories/" + clothing + "/add-items", items(a));
        store.post("/stores/v3/bulk/categories/" + tees + "/add-items", items(a, b));
        String revisionBefore = store.get("/stores/v1/products/" + b)
                .json()
                .getJsonObject("product")
                .getString("revision");

        assertThat(store.delete(CATEGORIES + "/" + shirts).status()).isEqualTo(200);

        assertError(store.get(CATEGORIES + "/" + tees), 404, "COLLECTION_NOT_FOUND", null);
        assertThat(store.get(CATEGORIES + "/" + clothing).status()).isEqualTo(200);
        JsonObject productB = store.get("/stores/v1/products/" + b).json().getJsonObject("product");
        assertThat(productB.getJsonArray("collectionIds")).isEmpty();
        assertThat(productB.getString("revision")).isNotEqualTo(revisionBefore);
        assertThat(strings(store.get("/stores/v1/products/" + a).json().getJsonObject("product"), "collectionIds"))
                .containsExactly(clothing);
    }

    @Test
    void productsAreListedInTheMerchantsOrderAndMoveOneAtATime() {
        Api store = newStore();
        String tees = id(store, "Tees", null);
        String a = product(store, "A");
        String b = product(store, "B");
        String c = product(store, "C");
        String d = product(store, "D");

        Api.Response added = store.post("/stores/v3/bulk/categories/" + tees + "/add-items", items(c, a, b));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.json().getJsonObject("bulkActionMetadata").getInt("totalSuccesses"))
                .isEqualTo(3);
        assertThat(listed(store, tees)).containsExactly(c, a, b);

        assertThat(move(store, tees, b, "FIRST", null).status()).isEqualTo(200);
        assertThat(listed(store, tees)).containsExactly(b, c, a);
        assertThat(move(store, tees, b, "BEFORE", a).status()).isEqualTo(200);
        assertThat(listed(store, tees)).containsExactly(c, b, a);
        assertThat(move(store, tees, c, "LAST", null).status()).isEqualTo(200);
        assertThat(listed(store, tees)).containsExactly(b, a, c);
        // placing a product not yet in the category adds it there
        assertThat(move(store, tees, d, "BEFORE", a).status()).isEqualTo(200);
        assertThat(listed(store, tees)).containsExactly(b, d, a, c);
        // many moves into the same gap renumber the category once they run out of room, keeping the order
        for (int i = 0; i < 25; i++) {
            assertThat(move(store, tees, i % 2 == 0 ? d : a, "BEFORE", i % 2 == 0 ? a : d)
                            .status())
                    .isEqualTo(200);
        }
        assertThat(listed(store, tees)).containsExactly(b, d, a, c);

        assertThat(store.get(CATEGORIES + "/" + tees)
                        .json()
                        .getJsonObject("category")
                        .getJsonNumber("itemCounter")
                        .longValue())
                .isEqualTo(4);
        assertError(move(store, tees, a, "BEFORE", product(store, "E")), 409, "ITEM_NOT_IN_CATEGORY", "beforeItem");
        assertError(move(store, tees, a, "SIDEWAYS", null), 400, "UNKNOWN_ENUM_VALUE", "position");
        assertError(move(store, tees, UUID.randomUUID().toString(), "FIRST", null), 404, "PRODUCT_NOT_FOUND", null);
        assertError(
                store.post("/stores/v3/bulk/categories/" + tees + "/remove-items", "{\"items\": []}"),
                400,
                "REQUIRED",
                "items");
        assertError(
                store.post("/stores/v3/bulk/categories/" + tees + "/add-items", items(a, "nope")),
                400,
                "INVALID_ID",
                "items[1].catalogItemId");
        assertError(
                store.post(CATEGORIES + "/" + tees + "/list-items", "{\"cursorPaging\": {\"cursor\": \"x.y\"}}"),
                400,
                "INVALID_CURSOR",
                "cursorPaging.cursor");

        assertThat(store.post("/stores/v3/bulk/categories/" + tees + "/remove-items", items(a, b))
                        .status())
                .isEqualTo(200);
        assertThat(listed(store, tees)).containsExactly(d, c);
    }

    @Test
    void aProductAnswersItsCategoriesWithTheirAncestors() {
        Api store = newStore();
        String clothing = id(store, "Clothing", null);
        String shirts = id(store, "Shirts", clothing);
        String sale = id(store, "Sale", null);
        String a = product(store, "A");
        store.post("/stores/v3/bulk/categories/" + shirts + "/add-items", items(a));
        store.post("/stores/v3/bulk/categories/" + sale + "/add-items", items(a));

        JsonObject product = store.get("/stores/v3/products/" + a
                        + "?fields=DIRECT_CATEGORIES_INFO&fields=ALL_CATEGORIES_INFO&fields=BREADCRUMBS_INFO")
                .json()
                .getJsonObject("product");
        assertThat(categoryIds(product, "directCategoriesInfo")).containsExactlyInAnyOrder(shirts, sale);
        assertThat(categoryIds(product, "allCategoriesInfo")).containsExactlyInAnyOrder(shirts, sale, clothing);
        assertThat(product.getString("mainCategoryId")).isEqualTo(shirts);
        assertThat(product.getJsonObject("breadcrumbsInfo").getJsonArray("breadcrumbs").stream()
                        .map(b -> b.asJsonObject().getString("categorySlug"))
                        .toList())
                .containsExactly("clothing", "shirts");
        assertThat(product.getJsonObject("directCategoriesInfo")
                        .getJsonArray("categories")
                        .getJsonObject(0)
                        .getJsonNumber("index"))
                .isNotNull();

        Api.Response forItem =
                store.post(CATEGORIES + "/list-categories-for-item", "{\"itemReference\": " + item(a) + "}");
        assertThat(strings(forItem.json(), "categoryIds")).containsExactlyInAnyOrder(shirts, sale);
    }

    @Test
    void productQueriesFilterByACategoryWithItsSubcategories() {
        Api store = newStore();
        String clothing = id(store, "Clothing", null);
        String shirts = id(store, "Shirts", clothing);
        String tees = id(store, "Tees", shirts);
        String sale = id(store, "Sale", null);
        String a = product(store, "A");
        String b = product(store, "B");
        String c = product(store, "C");
        product(store, "D");
        store.post("/stores/v3/bulk/categories/" + tees + "/add-items", items(a));
        store.post("/stores/v3/bulk/categories/" + clothing + "/add-items", items(b));
        store.post("/stores/v3/bulk/categories/" + sale + "/add-items", items(c, a));

        assertThat(v3Names(store, "{\"allCategoriesInfo.categories.id\": \"" + clothing + "\"}"))
                .containsExactly("A", "B");
        assertThat(v3Names(store, "{\"allCategoriesInfo.categories.id\": \"" + shirts + "\"}"))
                .containsExactly("A");
        assertThat(v3Names(
                        store,
                        "{\"allCategoriesInfo.categories.id\": {\"$in\": [\"" + shirts + "\", \"" + sale + "\"]}}"))
                .containsExactly("A", "C");
        assertThat(v3Names(store, "{\"allCategoriesInfo.categories.id\": {\"$ne\": \"" + clothing + "\"}}"))
                .containsExactly("C", "D");
        assertThat(v3Names(store, "{\"directCategoriesInfo.categories.id\": \"" + clothing + "\"}"))
                .containsExactly("B");
        assertError(
                store.post(
                        "/stores/v3/products/query",
                        "{\"query\": {\"filter\": {\"allCategoriesInfo.categories.id\": {\"$gt\": \"x\"}}}}"),
                400,
                "NOT_ALLOWED",
                "query.filter.allCategoriesInfo.categories.id");
    }

    private static List<String> v3Names(Api store, String filter) {
        Api.Response page = store.post(
                "/stores/v3/products/query",
                "{\"query\": {\"filter\": " + filter + ", \"sort\": [{\"fieldName\": \"name\"}]}}");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().getJsonArray("products").stream()
                .map(p -> p.asJsonObject().getString("name"))
                .toList();
    }

    @Test
    void aCollectionIsACategoryAndEitherDialectPlacesProductsForBoth() {
        Api store = newStore();
        String v1 = store.post("/stores/v1/collections", "{\"collection\": {\"name\": \"Summer\"}}")
                .json()
                .getJsonObject("collection")
                .getString("id");
        String v3 = id(store, "Winter", v1);
        String a = product(store, "A");
        String b = product(store, "B");

        store.post("/stores/v1/collections/" + v1 + "/productIds", CollectionBody.productIds(a));
        store.post("/stores/v3/bulk/categories/" + v3 + "/add-items", items(b));

        assertThat(store.get(CATEGORIES + "/" + v1)
                        .json()
                        .getJsonObject("category")
                        .getString("name"))
                .isEqualTo("Summer");
        assertThat(listed(store, v1)).containsExactly(a);
        assertThat(store.get("/stores/v1/collections/" + v3)
                        .json()
                        .getJsonObject("collection")
                        .getString("name"))
                .isEqualTo("Winter");
        assertThat(strings(store.get("/stores/v1/products/" + b).json().getJsonObject("product"), "collectionIds"))
                .containsExactly(v3);
        Api.Response query = store.post(CATEGORIES + "/query", "{\"query\": {\"cursorPaging\": {\"limit\": 1}}}");
        assertThat(query.status()).as(query.body()).isEqualTo(200);
        assertThat(query.json().getJsonArray("categories")).hasSize(1);
        String next = query.json()
                .getJsonObject("pagingMetadata")
                .getJsonObject("cursors")
                .getString("next");
        Api.Response second =
                store.post(CATEGORIES + "/query", "{\"query\": {\"cursorPaging\": {\"cursor\": \"" + next + "\"}}}");
        assertThat(second.json().getJsonArray("categories").getJsonObject(0).getString("name"))
                .isEqualTo("Winter");
        assertThat(second.json().getJsonObject("pagingMetadata").getBoolean("hasNext"))
                .isFalse();
    }

    @Test
    void readersSeeNeitherHiddenCategoriesNorHiddenProductsInThem() {
        String storeId = "store-" + UUID.randomUUID();
        Api merchant = store(storeId, READ, MODIFY);
        Api reader = store(storeId, READ);
        String hidden = merchant.post(CATEGORIES, "{\"category\": {\"name\": \"Hidden\", \"visible\": false}}")
                .json()
                .getJsonObject("category")
                .getString("id");
        String shown = id(merchant, "Shown", null);
        String a = product(merchant, "A");
        String b = createProduct(merchant, ProductBody.named("B").visible(false).json())
                .getString("id");
        merchant.post("/stores/v3/bulk/categories/" + shown + "/add-items", items(a, b));
        merchant.post("/stores/v3/bulk/categories/" + hidden + "/add-items", items(a));

        assertError(reader.get(CATEGORIES + "/" + hidden), 404, "COLLECTION_NOT_FOUND", null);
        assertThat(listed(reader, shown)).containsExactly(a);
        assertThat(listed(merchant, shown)).containsExactly(a, b);
        assertThat(reader.get(CATEGORIES + "/" + shown)
                        .json()
                        .getJsonObject("category")
                        .getJsonNumber("itemCounter")
                        .longValue())
                .isEqualTo(1);
        assertThat(categoryIds(
                        reader.get("/stores/v3/products/" + a + "?fields=DIRECT_CATEGORIES_INFO")
                                .json()
                                .getJsonObject("product"),
                        "directCategoriesInfo"))
                .containsExactly(shown);
        assertError(
                reader.post("/stores/v3/bulk/categories/" + shown + "/add-items", items(a)), 403, "FORBIDDEN", null);
    }

    private static List<String> categoryIds(JsonObject product, String info) {
        return product.getJsonObject(info).getJsonArray("categories").stream()
                .map(c -> c.asJsonObject().getString("id"))
                .toList();
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).stream()
                .map(v -> v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : v.toString())
                .toList();
    }
}
