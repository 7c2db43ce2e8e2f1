package io.catalog.web.v3;

import static io.catalog.web.support.ApiChecks.assertError;
import static io.catalog.web.support.ApiChecks.createProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Catalog V3 reads of products written through v1: the product shape, who sees what, and cursor paging. */
class V3ProductReadIT extends CatalogIT {

    private static final String PRODUCTS = "/stores/v3/products/";
    private static final String QUERY = "/stores/v3/products/query";

    private static final String T_SHIRT = """
            {"product": {
              "name": "T-shirt", "productType": "physical", "priceData": {"price": 10.5},
              "description": "<p>nice summer t-shirt</p>", "sku": "123df", "visible": true, "weight": 0.2,
              "discount": {"type": "AMOUNT", "value": 1}, "manageVariants": true,
              "productOptions": [
                {"name": "Size", "choices": [{"value": "S", "description": "S"}, {"value": "L", "description": "L"}]},
                {"name": "Color", "optionType": "color", "choices": [{"value": "#008000", "description": "Green"}]}
              ]}}""";

    private static JsonObject v3(Api store, String id) {
        return v3(store, id, "");
    }

    /** The product, with {@code query} after its path (the {@code fields} to return). */
    private static JsonObject v3(Api store, String id, String query) {
        Api.Response response = store.get(PRODUCTS + id + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    private static JsonArray variants(JsonObject product) {
        return product.getJsonObject("variantsInfo").getJsonArray("variants");
    }

    @Test
    void aProductWithOptionsAndManagedVariantsReadsInTheV3Shape() {
        Api store = newStore();
        JsonObject v1 = createProduct(store, T_SHIRT);
        String id = v1.getString("id");
        assertThat(store.patch(
                                "/stores/v1/products/" + id + "/variants",
                                "{\"variants\": [{\"choices\": {\"Size\": \"L\"}, \"price\": 20, \"sku\": \"TS-L\"}]}")
                        .status())
                .isEqualTo(200);

        assertThat(v3(store, id).keySet())
                .as("answered only when asked")
                .doesNotContain("url", "plainDescription", "description", "currency", "directCategoriesInfo");
        JsonObject product = v3(
                store,
                id,
                "?fields=URL&fields=PLAIN_DESCRIPTION&fields=DESCRIPTION&fields=CURRENCY"
                        + "&fields=DIRECT_CATEGORIES_INFO");

        assertThat(product.getString("id")).isEqualTo(id);
        assertThat(product.getString("name")).isEqualTo("T-shirt");
        assertThat(product.getString("slug")).isEqualTo("t-shirt");
        assertThat(product.getString("revision")).isEqualTo("2");
        assertThat(product.getString("createdDate")).isEqualTo(v1.getString("createdDate"));
        assertThat(product.getString("updatedDate")).isNotBlank();
        assertThat(product.getJsonObject("url").getString("relativePath")).isEqualTo("/product-page/t-shirt");
        assertThat(product.getJsonObject("url").getString("url")).endsWith("/product-page/t-shirt");
        assertThat(product.getString("plainDescription")).isEqualTo("<p>nice summer t-shirt</p>");
        assertThat(product.getJsonObject("description")
                        .getJsonArray("nodes")
                        .getJsonObject(0)
                        .getJsonArray("nodes")
                        .getJsonObject(0)
                        .getJsonObject("textData")
                        .getString("text"))
                .isEqualTo("nice summer t-shirt");
        assertThat(product.getBoolean("visible")).isTrue();
        assertThat(product.getString("productType")).isEqualTo("PHYSICAL");
        assertThat(product.getString("currency"))
                .isEqualTo(v1.getJsonObject("priceData").getString("currency"));
        assertThat(product.getJsonObject("directCategoriesInfo").getJsonArray("categories"))
                .isEmpty();

        JsonArray options = product.getJsonArray("options");
        assertThat(options).hasSize(2);
        assertThat(options.getJsonObject(0).getString("optionRenderType")).isEqualTo("TEXT_CHOICES");
        assertThat(options.getJsonObject(1).getString("optionRenderType")).isEqualTo("SWATCH_CHOICES");
        assertThat(options.getJsonObject(1)
                        .getJsonObject("choicesSettings")
                        .getJsonArray("choices")
                        .getJsonObject(0)
                        .getString("colorCode"))
                .isEqualTo("#008000");

        JsonArray variants = variants(product);
        assertThat(variants).hasSize(2);
        JsonObject large = variants.getJsonObject(1);
        assertThat(large.getString("id"))
                .isEqualTo(v1.getJsonArray("variants").getJsonObject(1).getString("id"));
        assertThat(large.getString("sku")).isEqualTo("TS-L");
        assertThat(large.getJsonObject("price").getJsonObject("actualPrice").getString("amount"))
                .isEqualTo("19.00");
        assertThat(large.getJsonArray("choices")
                        .getJsonObject(0)
                        .getJsonObject("optionChoiceNames")
                        .getString("choiceName"))
                .isEqualTo("L");
        assertThat(large.getJsonObject("inventoryStatus").getBoolean("preorderEnabled"))
                .isFalse();
        assertThat(product.getJsonObject("variantSummary").getInt("variantCount"))
                .isEqualTo(2);
        assertThat(product.getJsonObject("actualPriceRange")
                        .getJsonObject("minValue")
                        .getString("amount"))
                .isEqualTo("9.50");
        assertThat(product.getJsonObject("actualPriceRange")
                        .getJsonObject("maxValue")
                        .getString("amount"))
                .isEqualTo("19.00");
        assertThat(product.getJsonObject("inventory").getString("availabilityStatus"))
                .isEqualTo("IN_STOCK");
    }

    @Test
    void aSimpleProductHasOneDefaultVariant() {
        Api store = newStore();
        String id = createProduct(store, """
                        {"product": {"name": "E-book", "productType": "digital", "sku": "BOOK",
                         "priceData": {"price": 5}, "stock": {"trackInventory": true, "quantity": 0}}}""").getString("id");

        JsonObject product = v3(store, id);

        assertThat(product.getString("productType")).isEqualTo("DIGITAL");
        assertThat(product.getJsonArray("options")).isEmpty();
        JsonArray variants = variants(product);
        assertThat(variants).hasSize(1);
        assertThat(variants.getJsonObject(0).getString("id")).isEqualTo("00000000-0000-0000-0000-000000000000");
        assertThat(variants.getJsonObject(0).getString("sku")).isEqualTo("BOOK");
        assertThat(variants.getJsonObject(0).getJsonArray("choices")).isEmpty();
        assertThat(variants.getJsonObject(0).getJsonObject("inventoryStatus").getBoolean("inStock"))
                .isFalse();
        assertThat(product.getJsonObject("inventory").getString("availabilityStatus"))
                .isEqualTo("OUT_OF_STOCK");
    }

    @Test
    void readOnlyCallersSeeNoHiddenProductOrVariantAndOtherStoresNothing() {
        String storeName = "store-" + java.util.UUID.randomUUID();
        Api admin = store(storeName, MODIFY);
        Api reader = store(storeName, READ);
        String shirt = createProduct(admin, T_SHIRT).getString("id");
        admin.patch(
                "/stores/v1/products/" + shirt + "/variants",
                "{\"variants\": [{\"choices\": {\"Size\": \"L\"}, \"visible\": false}]}");
        String hidden = createProduct(admin, "{\"product\": {\"name\": \"Secret\", \"visible\": false}}")
                .getString("id");

        assertThat(variants(v3(admin, shirt))).hasSize(2);
        JsonObject seen = v3(reader, shirt);
        assertThat(variants(seen)).hasSize(1);
        assertThat(seen.getJsonObject("variantSummary").getInt("variantCount")).isEqualTo(1);
        assertThat(v3(admin, hidden).getBoolean("visible")).isFalse();
        assertError(reader.get(PRODUCTS + hidden), 404, "PRODUCT_NOT_FOUND", null);
        assertError(newStore().get(PRODUCTS + shirt), 404, "PRODUCT_NOT_FOUND", null);

        JsonObject count = reader.post("/stores/v3/products/count", "{}").json();
        assertThat(count.getJsonNumber("count").longValue()).isEqualTo(1);
        assertThat(admin.post("/stores/v3/products/count", "{\"filter\": {\"visible\": false}}")
                        .json()
                        .getJsonNumber("count")
                        .longValue())
                .isEqualTo(1);
        assertThat(reader.post(QUERY, "{\"query\": {\"filter\": {\"visible\": false}}}")
                        .json()
                        .getJsonArray("products"))
                .isEmpty();
    }

    /** Pages through {@code query} with {@code limit}, following the cursors: every product of each page. */
    private static List<JsonObject> crawl(Api store, String query, int limit, List<Integer> pageSizes) {
        List<JsonObject> seen = new ArrayList<>();
        Api.Response page = store.post(
                QUERY,
                "{\"query\": {" + query + (query.isEmpty() ? "" : ", ") + "\"cursorPaging\": {\"limit\": " + limit
                        + "}}}");
        for (int pages = 0; pages < 50; pages++) {
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            JsonObject answer = page.json();
            JsonArray products = answer.getJsonArray("products");
            pageSizes.add(products.size());
            products.forEach(p -> seen.add(p.asJsonObject()));
            JsonObject metadata = answer.getJsonObject("pagingMetadata");
            assertThat(metadata.getInt("count")).isEqualTo(products.size());
            if (!metadata.getBoolean("hasNext")) {
                assertThat(metadata.getJsonObject("cursors").containsKey("next"))
                        .isFalse();
                return seen;
            }
            String next = metadata.getJsonObject("cursors").getString("next");
            page = store.post(QUERY, "{\"query\": {\"cursorPaging\": {\"cursor\": \"" + next + "\"}}}");
        }
        throw new AssertionError("more than 50 pages");
    }

    @Test
    void cursorPagingReturnsEachMatchingProductOnceInOrder() {
        Api store = newStore();
        String[] prices = {"5", "7", "5", "9", "7", "5", "3", "7"};
        for (int i = 0; i < prices.length; i++) {
            createProduct(
                    store,
                    "{\"product\": {\"name\": \"P" + (i % 3) + "\", \"priceData\": {\"price\": " + prices[i] + "}}}");
        }
        createProduct(
                store, "{\"product\": {\"name\": \"Hidden\", \"visible\": false, \"priceData\": {\"price\": 6}}}");
        createProduct(store, "{\"product\": {\"name\": \"Cheap\", \"priceData\": {\"price\": 1}}}");

        List<Integer> sizes = new ArrayList<>();
        List<JsonObject> byPrice = crawl(
                store,
                "\"filter\": {\"visible\": true, \"actualPriceRange.minValue.amount\": {\"$gte\": \"3\"}},"
                        + " \"sort\": [{\"fieldName\": \"actualPriceRange.minValue.amount\", \"order\": \"DESC\"}]",
                3,
                sizes);

        assertThat(byPrice).hasSize(8);
        assertThat(byPrice.stream().map(p -> p.getString("id")).distinct()).hasSize(8);
        assertThat(sizes).containsExactly(3, 3, 2);
        assertThat(byPrice.stream().map(V3ProductReadIT::price).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());

        List<JsonObject> byName = crawl(
                store,
                "\"sort\": [{\"fieldName\": \"name\"}, {\"fieldName\": \"createdDate\", \"order\": \"DESC\"}]",
                2,
                new ArrayList<>());
        assertThat(byName).hasSize(10);
        assertThat(byName.stream().map(p -> p.getString("id")).distinct()).hasSize(10);
        assertThat(byName.stream().map(p -> p.getString("name")).toList()).isSorted();

        List<JsonObject> all = crawl(store, "", 4, new ArrayList<>());
        assertThat(all.stream()
                        .map(p -> java.time.Instant.parse(p.getString("createdDate")))
                        .toList())
                .as("without a sort: creation order")
                .isSorted();
        assertThat(all.stream().map(p -> p.getString("id")).distinct()).hasSize(10);

        assertThat(store.post("/stores/v3/products/count", "{\"filter\": {\"name\": {\"$in\": [\"P0\", \"P1\"]}}}")
                        .json()
                        .getJsonNumber("count")
                        .longValue())
                .isEqualTo(6);
    }

    private static BigDecimal price(JsonObject product) {
        Function<JsonObject, String> min = p ->
                p.getJsonObject("actualPriceRange").getJsonObject("minValue").getString("amount");
        return new BigDecimal(min.apply(product));
    }

    @Test
    void badCursorsLimitsAndFiltersAreRefusedWithTheField() {
        Api store = newStore();
        createProduct(store, "{\"product\": {\"name\": \"A\"}}");
        createProduct(store, "{\"product\": {\"name\": \"B\"}}");
        String next = store.post(QUERY, "{\"query\": {\"cursorPaging\": {\"limit\": 1}}}")
                .json()
                .getJsonObject("pagingMetadata")
                .getJsonObject("cursors")
                .getString("next");
        String altered = next.substring(0, 5) + (next.charAt(5) == 'A' ? 'B' : 'A') + next.substring(6);

        assertError(
                store.post(QUERY, "{\"query\": {\"cursorPaging\": {\"cursor\": \"" + altered + "\"}}}"),
                400,
                "INVALID_CURSOR",
                "query.cursorPaging.cursor");
        assertError(
                store.post(QUERY, "{\"query\": {\"cursorPaging\": {\"cursor\": \"not-a-cursor\"}}}"),
                400,
                "INVALID_CURSOR",
                "query.cursorPaging.cursor");
        assertError(
                newStore().post(QUERY, "{\"query\": {\"cursorPaging\": {\"cursor\": \"" + next + "\"}}}"),
                400,
                "INVALID_CURSOR",
                "query.cursorPaging.cursor");
        assertError(
                store.post(QUERY, "{\"query\": {\"cursorPaging\": {\"limit\": 0}}}"),
                400,
                "OUT_OF_RANGE",
                "query.cursorPaging.limit");
        assertError(
                store.post(QUERY, "{\"query\": {\"cursorPaging\": {\"limit\": 101}}}"),
                400,
                "OUT_OF_RANGE",
                "query.cursorPaging.limit");
        assertError(
                store.post(QUERY, "{\"query\": {\"filter\": {\"ribbon\": \"x\"}}}"),
                400,
                "UNKNOWN_FIELD",
                "query.filter.ribbon");
        assertThat(store.post(QUERY, "{\"query\": {\"cursorPaging\": {\"cursor\": \"" + next + "\"}}}")
                        .json()
                        .getJsonArray("products")
                        .getJsonObject(0)
                        .getString("name"))
                .isEqualTo("B");
    }

    @Test
    void theOpenApiDocumentDescribesTheV3Endpoints() {
        Api.Response document =
                anonymous().withHeader("Accept", "application/json").get("/openapi");

        assertThat(document.status()).isEqualTo(200);
        JsonObject openApi = document.json();
        JsonObject paths = openApi.getJsonObject("paths");
        assertThat(paths.keySet())
                .contains("/stores/v3/products/{productId}", "/stores/v3/products/query", "/stores/v3/products/count");
        assertThat(openApi.getJsonObject("components").getJsonObject("schemas").keySet())
                .contains(
                        "V3Product",
                        "V3ProductEnvelope",
                        "V3Variant",
                        "V3Option",
                        "V3PriceRange",
                        "V3QueryProductsResponse",
                        "V3CursorPagingMetadata",
                        "V3CountProductsResponse")
                .contains("Product", "PagingMetadata", "PriceData");
        assertThat(paths.getJsonObject("/stores/v3/products/query")
                        .getJsonObject("post")
                        .getJsonObject("responses")
                        .keySet())
                .contains("200", "400", "401", "403");
    }
}
