package io.catalog.web.collections;

import static io.catalog.web.support.ApiChecks.assertError;
import static io.catalog.web.support.ApiChecks.createProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.CollectionBody;
import io.catalog.web.support.ProductBody;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Collections of seed 002: CRUD, the All Products collection, membership, and products' collectionIds. */
class CollectionApiIT extends CatalogIT {

    private static final String ALL_PRODUCTS = "00000000-000000-000000-000000000001";

    @Test
    void theSeedsCreateExampleAnswersWithTheSeedsShape() {
        Api.Response created = newStore().post("/stores/v1/collections", """
                {
                 "collection": {
                 "name": "My New Collection"
                 }
                 }""");

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonObject collection = created.json().getJsonObject("collection");
        assertThat(collection.getString("id")).isNotBlank();
        assertThat(collection.getString("name")).isEqualTo("My New Collection");
        assertThat(collection.getJsonObject("media").getJsonArray("items")).isEmpty();
        assertThat(collection.getString("slug")).isEqualTo("my-new-collection");
    }

    @Test
    void collectionsAreReadUpdatedAndDeleted() {
        Api store = newStore();
        String id = collection(store, "Spring");
        String path = "/stores/v1/collections/" + id;

        Api.Response renamed =
                store.patch(path, CollectionBody.changes().name("Updated name").json());
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().getJsonObject("collection").getString("name")).isEqualTo("Updated name");
        assertThat(store.get(path).json().getJsonObject("collection").getString("name"))
                .isEqualTo("Updated name");

        Api.Response deleted = store.delete(path);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json()).isEmpty();
        assertError(store.get(path), 404, "COLLECTION_NOT_FOUND", null);
        assertError(newStore().get(path), 404, "COLLECTION_NOT_FOUND", null);
        assertError(store.post("/stores/v1/collections", "{\"collection\": {}}"), 400, "REQUIRED", "collection.name");
        assertError(store.get("/stores/v1/collections/nope"), 400, "INVALID_ID", "id");
    }

    @Test
    void allProductsExistsEverywhereAndCannotBeChanged() {
        Api store = newStore();
        String path = "/stores/v1/collections/" + ALL_PRODUCTS;

        assertThat(store.get(path).json().getJsonObject("collection").getString("name"))
                .isEqualTo("All Products");
        assertError(
                store.patch(path, CollectionBody.changes().name("Mine").json()), 409, "COLLECTION_NOT_EDITABLE", null);
        assertError(store.delete(path), 409, "COLLECTION_NOT_EDITABLE", null);
        assertError(
                store.post(
                        path + "/productIds",
                        CollectionBody.productIds(java.util.UUID.randomUUID().toString())),
                409,
                "COLLECTION_NOT_EDITABLE",
                null);
    }

    @Test
    void membershipShowsInProductsAndInProductQueries() {
        Api store = newStore();
        String a = createProduct(store, ProductBody.named("A").json()).getString("id");
        String b = createProduct(store, ProductBody.named("B").json()).getString("id");
        createProduct(store, ProductBody.named("C").json());
        String summer = collection(store, "Summer");
        String sale = collection(store, "Sale");

        assertThat(store.post("/stores/v1/collections/" + summer + "/productIds", CollectionBody.productIds(a, b))
                        .status())
                .isEqualTo(200);
        assertThat(store.post("/stores/v1/collections/" + summer + "/productIds", CollectionBody.productIds(a))
                        .status())
                .as("adding twice is harmless")
                .isEqualTo(200);
        store.post("/stores/v1/collections/" + sale + "/productIds", CollectionBody.productIds(a));

        assertThat(collectionIds(store, a)).containsExactlyInAnyOrder(summer, sale);
        assertThat(collectionIds(store, b)).containsExactly(summer);
        assertThat(names(store, "{\"collections.id\": \"" + summer + "\"}")).containsExactly("A", "B");
        assertThat(names(store, "{\"collections.id\": {\"$hasAll\": [\"" + summer + "\", \"" + sale + "\"]}}"))
                .containsExactly("A");
        assertThat(names(store, "{\"collections.id\": {\"$hasSome\": [\"" + sale + "\"]}}"))
                .containsExactly("A");
        assertThat(names(store, "{\"collections.id\": {\"$ne\": \"" + summer + "\"}}"))
                .containsExactly("C");
        assertThat(names(store, "{\"collections.id\": \"" + ALL_PRODUCTS + "\"}"))
                .containsExactly("A", "B", "C");
    }

    @Test
    void anUnknownProductIsRefusedAndNothingIsAdded() {
        Api store = newStore();
        String a = createProduct(store, ProductBody.named("A").json()).getString("id");
        String foreign =
                createProduct(newStore(), ProductBody.named("elsewhere").json()).getString("id");
        String summer = collection(store, "Summer");

        Api.Response refused =
                store.post("/stores/v1/collections/" + summer + "/productIds", CollectionBody.productIds(a, foreign));

        assertError(refused, 400, "UNKNOWN_PRODUCT", "productIds");
        assertThat(refused.json().getString("message")).contains(foreign);
        assertThat(collectionIds(store, a)).isEmpty();
    }

    @Test
    void productsAreRemovedListedOrAllAndDeletionsRemoveOnlyMemberships() {
        Api store = newStore();
        String a = createProduct(store, ProductBody.named("A").json()).getString("id");
        String b = createProduct(store, ProductBody.named("B").json()).getString("id");
        String summer = collection(store, "Summer");
        String sale = collection(store, "Sale");
        String both = CollectionBody.productIds(a, b);
        store.post("/stores/v1/collections/" + summer + "/productIds", both);
        store.post("/stores/v1/collections/" + sale + "/productIds", both);

        store.post("/stores/v1/collections/" + summer + "/productIds/delete", CollectionBody.productIds(a));
        assertThat(collectionIds(store, a)).containsExactly(sale);
        store.post("/stores/v1/collections/" + summer + "/productIds/delete", "{}");
        assertThat(collectionIds(store, b)).containsExactly(sale);

        store.delete("/stores/v1/products/" + b);
        assertThat(names(store, "{\"collections.id\": \"" + sale + "\"}")).containsExactly("A");
        store.delete("/stores/v1/collections/" + sale);
        assertThat(collectionIds(store, a)).isEmpty();
        assertThat(store.get("/stores/v1/products/" + a).status()).isEqualTo(200);
    }

    @Test
    void collectionsAreQueriedWithAllProductsFirst() {
        Api store = newStore();
        String winter = collection(store, "Winter");
        collection(store, "Autumn");
        collection(store, "Spring sale");

        JsonObject all = query(store, "{}");
        assertThat(collectionNames(all)).containsExactly("All Products", "Autumn", "Spring sale", "Winter");
        assertThat(all.getJsonNumber("totalResults").longValue()).isEqualTo(4);
        assertThat(all.getJsonObject("metadata").getInt("items")).isEqualTo(100);

        assertThat(collectionNames(query(store, "{\"query\": {\"filter\": {\"name\": {\"$startsWith\": \"spr\"}}}}")))
                .containsExactly("Spring sale");
        assertThat(collectionNames(
                        query(store, "{\"query\": {\"filter\": {\"id\": {\"$hasSome\": [\"" + winter + "\"]}}}}")))
                .containsExactly("Winter");
        assertThat(collectionNames(query(store, "{\"query\": {\"sort\": [{\"name\": \"desc\"}]}}")))
                .containsExactly("All Products", "Winter", "Spring sale", "Autumn");
        JsonObject second = query(store, "{\"query\": {\"paging\": {\"limit\": 2, \"offset\": 1}}}");
        assertThat(collectionNames(second)).containsExactly("Autumn", "Spring sale");
        assertThat(second.getJsonNumber("totalResults").longValue()).isEqualTo(4);
        assertError(
                store.post("/stores/v1/collections/query", "{\"query\": {\"paging\": {\"limit\": 101}}}"),
                400,
                "OUT_OF_RANGE",
                null);
        assertError(
                store.post("/stores/v1/collections/query", "{\"query\": {\"filter\": {\"slug\": \"x\"}}}"),
                400,
                "UNKNOWN_FIELD",
                null);
    }

    @Test
    void readersDoNotSeeHiddenCollections() {
        String storeId = "store-" + java.util.UUID.randomUUID();
        Api owner = store(storeId, READ, MODIFY);
        String hidden = owner.post(
                        "/stores/v1/collections",
                        CollectionBody.named("Secret").visible(false).json())
                .json()
                .getJsonObject("collection")
                .getString("id");
        Api reader = store(storeId, READ);

        assertError(reader.get("/stores/v1/collections/" + hidden), 404, "COLLECTION_NOT_FOUND", null);
        assertThat(collectionNames(query(reader, "{}"))).containsExactly("All Products");
        assertThat(collectionNames(query(owner, "{}"))).containsExactly("All Products", "Secret");
        assertThat(reader.post(
                                "/stores/v1/collections",
                                CollectionBody.named("x").json())
                        .status())
                .isEqualTo(403);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static String collection(Api store, String name) {
        Api.Response response =
                store.post("/stores/v1/collections", CollectionBody.named(name).json());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("collection").getString("id");
    }

    private static List<String> collectionIds(Api store, String productId) {
        return store
                .get("/stores/v1/products/" + productId)
                .json()
                .getJsonObject("product")
                .getJsonArray("collectionIds")
                .getValuesAs(JsonString.class)
                .stream()
                .map(JsonString::getString)
                .toList();
    }

    private static List<String> names(Api store, String filter) {
        Api.Response response = store.post("/stores/v1/products/query", "{\"query\": {\"filter\": " + filter + "}}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonArray("products").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name"))
                .toList();
    }

    private static JsonObject query(Api store, String body) {
        Api.Response response = store.post("/stores/v1/collections/query", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> collectionNames(JsonObject answer) {
        return answer.getJsonArray("collections").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("name"))
                .toList();
    }
}
