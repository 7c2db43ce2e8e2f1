package io.catalog.web.products;

import static io.catalog.web.support.ApiChecks.assertError;
import static io.catalog.web.support.ApiChecks.createProduct;
import static io.catalog.web.support.ApiChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.ProductBody;
import io.catalog.web.support.ProductOptions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Where seed 002 says what an answer is and the catalog answered otherwise: the status of a limit broken by the
 * request alone, the product type the seed lists, a product's {@code inStock} with managed variants, rich-text
 * descriptions, and limits in characters (code points) that the database must hold.
 */
class SeedConformanceIT extends CatalogIT {

    private static final String EMOJI = "\uD83D\uDE00";

    private static String json(String text) {
        return Json.createValue(text).toString();
    }

    private static JsonObject product(Api store, String id, String query) {
        Api.Response answer = store.get("/stores/v1/products/" + id + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getJsonObject("product");
    }

    /** The product as a query page answers it: read without its variants. */
    private static JsonObject queried(Api store, String id) {
        Api.Response answer = store.post("/stores/v1/products/query", """
                {"query": {"filter": {"id": "%s"}}}""".formatted(id));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().getJsonArray("products")).hasSize(1);
        return answer.json().getJsonArray("products").getJsonObject(0);
    }

    // --- 400 for a request invalid in itself, 409 for a conflict with the stored state --------------------------

    @Test
    void theVariantLimitIsInvalidWhenTheRequestAloneBreaksItAndAConflictWhenTheStoredStateDoes() {
        Api store = newStore();
        ProductOptions options343 = ProductOptions.generated(3, 7);
        String plain = createProduct(store, ProductBody.named("Plain").json()).getString("id");
        String managed = createProduct(
                        store,
                        ProductBody.named("Managed")
                                .manageVariants()
                                .options(ProductOptions.generated(2, 2))
                                .json())
                .getString("id");

        assertError(
                store.post(
                        "/stores/v1/products",
                        ProductBody.named("Big")
                                .manageVariants()
                                .options(options343)
                                .json()),
                400,
                "TOO_MANY_VARIANTS",
                "product.productOptions");
        assertError(
                store.patch(
                        "/stores/v1/products/" + plain,
                        ProductBody.changes()
                                .manageVariants()
                                .options(options343)
                                .json()),
                400,
                "TOO_MANY_VARIANTS",
                "product.productOptions");
        assertError(
                store.patch(
                        "/stores/v1/products/" + managed,
                        ProductBody.changes().options(options343).json()),
                409,
                "TOO_MANY_VARIANTS",
                null);
        assertThat(store.patch(
                                "/stores/v1/products/" + plain,
                                ProductBody.changes().options(options343).json())
                        .status())
                .isEqualTo(200);
        assertError(
                store.patch(
                        "/stores/v1/products/" + plain,
                        ProductBody.changes().manageVariants().json()),
                409,
                "TOO_MANY_VARIANTS",
                null);
        assertError(
                store.post(
                        "/stores/v1/products",
                        ProductBody.named("Seven")
                                .options(ProductOptions.generated(7, 1))
                                .json()),
                400,
                "TOO_MANY_OPTIONS",
                "product.productOptions");

        assertThat(product(store, managed, "").getJsonArray("productOptions")).hasSize(2);
        assertThat(product(store, plain, "").getBoolean("manageVariants")).isFalse();
    }

    // --- productType ---------------------------------------------------------------------------------------------

    @Test
    void everyProductTypeTheSeedListsIsAccepted() {
        Api store = newStore();
        JsonObject created = createProduct(
                store, "{\"product\": {\"name\": \"Gift\", \"productType\": \"unspecified_product_type\"}}");

        assertThat(created.getString("productType")).isEqualTo("unspecified_product_type");
        assertThat(product(store, created.getString("id"), "").getString("productType"))
                .isEqualTo("unspecified_product_type");
        Api.Response digital = store.patch(
                "/stores/v1/products/" + created.getString("id"), "{\"product\": {\"productType\": \"digital\"}}");
        assertThat(digital.json().getJsonObject("product").getString("productType"))
                .isEqualTo("digital");
        assertError(
                store.post("/stores/v1/products", "{\"product\": {\"name\": \"x\", \"productType\": \"service\"}}"),
                400,
                "UNKNOWN_ENUM_VALUE",
                "product.productType");
    }

    // --- stock.inStock with managed variants ---------------------------------------------------------------------

    @Test
    void aProductWithAVisibleVariantInStockIsInStock() {
        Api store = newStore();
        JsonObject shirt = createProduct(store, """
                {"product": {"name": "Shirt", "manageVariants": true, "stock": {"trackInventory": true, "quantity": 0},
                  "productOptions": [{"name": "Size", "choices": [{"value": "S"}, {"value": "M"}]}]}}""");
        String id = shirt.getString("id");
        Map<String, String> variantIds = shirt.getJsonArray("variants").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(v -> v.getJsonObject("choices").getString("Size"), v -> v.getString("id")));
        assertThat(shirt.getJsonObject("stock")).isEqualTo(parse("{\"trackInventory\": true, \"inStock\": false}"));

        Api.Response stocked =
                store.patch("/stores/v2/inventoryItems/product/" + id, """
                {"inventoryItem": {"variants": [{"variantId": "%s", "quantity": 5}]}}""".formatted(variantIds.get("M")));
        assertThat(stocked.status()).as(stocked.body()).isEqualTo(200);

        JsonObject expected = parse("{\"trackInventory\": true, \"inStock\": true}");
        assertThat(product(store, id, "").getJsonObject("stock")).isEqualTo(expected);
        assertThat(product(store, id, "?includeVariants=true").getJsonObject("stock"))
                .isEqualTo(expected);
        assertThat(queried(store, id).getJsonObject("stock"))
                .as("read without its variants")
                .isEqualTo(expected);

        Api.Response hidden = store.patch("/stores/v1/products/" + id + "/variants", """
                {"variants": [{"choices": {"Size": "M"}, "visible": false}]}""");
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
        assertThat(product(store, id, "").getJsonObject("stock").getBoolean("inStock"))
                .as("its only variant in stock is hidden")
                .isFalse();
        assertThat(queried(store, id).getJsonObject("stock").getBoolean("inStock"))
                .isFalse();
    }

    // --- rich-text descriptions ----------------------------------------------------------------------------------

    @Test
    void descriptionsAreSanitizedToTheAllowedSubset() {
        Api store = newStore();
        String sent = "<p onclick=\"steal()\">Soft <b>cotton</b><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">x</a> <a href=\"https://example.com/care\">care</a></p>";
        String kept = "<p>Soft <b>cotton</b>x <a href=\"https://example.com/care\">care</a></p>";

        JsonObject created =
                createProduct(store, "{\"product\": {\"name\": \"Tee\", \"description\": " + json(sent) + "}}");
        assertThat(created.getString("description")).isEqualTo(kept);
        assertThat(product(store, created.getString("id"), "").getString("description"))
                .isEqualTo(kept);

        Api.Response patched = store.patch(
                "/stores/v1/products/" + created.getString("id"),
                "{\"product\": {\"description\": " + json("<img src=x onerror=alert(1)>1 < 2 & \"3\"") + "}}");
        assertThat(patched.json().getJsonObject("product").getString("description"))
                .isEqualTo("1 &lt; 2 &amp; \"3\"");

        Api.Response collection = store.post(
                "/stores/v1/collections",
                "{\"collection\": {\"name\": \"Summer\", \"description\": " + json(sent) + "}}");
        assertThat(collection.status()).as(collection.body()).isEqualTo(200);
        JsonObject answered = collection.json().getJsonObject("collection");
        assertThat(answered.getString("description")).isEqualTo(kept);
        Api.Response collectionPatched = store.patch(
                "/stores/v1/collections/" + answered.getString("id"),
                "{\"collection\": {\"description\": " + json("<i>new</i><script>x()</script>") + "}}");
        assertThat(collectionPatched.json().getJsonObject("collection").getString("description"))
                .isEqualTo("<i>new</i>");
        assertThat(store.get("/stores/v1/collections/" + answered.getString("id"))
                        .json()
                        .getJsonObject("collection")
                        .getString("description"))
                .isEqualTo("<i>new</i>");
    }

    // --- limits in characters: code points, held by the database -------------------------------------------------

    @Test
    void textAtItsLimitInCodePointsIsStoredAndAnsweredWhole() {
        Api store = newStore();
        String name = EMOJI.repeat(80);
        String description = EMOJI.repeat(8000);
        String sku = EMOJI.repeat(40);
        String option = EMOJI.repeat(50);
        JsonObject created = createProduct(store, """
                {"product": {"name": %s, "description": %s, "sku": %s,
                  "productOptions": [{"name": %s, "choices": [{"value": %s, "description": %s}]}]}}""".formatted(
                        json(name), json(description), json(sku), json(option), json(option), json(option)));

        JsonObject read = product(store, created.getString("id"), "");
        assertThat(read.getString("name")).isEqualTo(name);
        assertThat(read.getString("description")).isEqualTo(description);
        assertThat(read.getString("sku")).isEqualTo(sku);
        JsonObject readOption = read.getJsonArray("productOptions").getJsonObject(0);
        assertThat(readOption.getString("name")).isEqualTo(option);
        assertThat(readOption.getJsonArray("choices").getJsonObject(0).getString("value"))
                .isEqualTo(option);
        assertThat(readOption.getJsonArray("choices").getJsonObject(0).getString("description"))
                .isEqualTo(option);

        JsonObject managed = createProduct(store, """
                {"product": {"name": "Tee", "manageVariants": true,
                  "productOptions": [{"name": "Size", "choices": [{"value": "S"}]}]}}""");
        Api.Response variantSku = store.patch(
                "/stores/v1/products/" + managed.getString("id") + "/variants",
                "{\"variants\": [{\"choices\": {\"Size\": \"S\"}, \"sku\": " + json(sku) + "}]}");
        assertThat(variantSku.status()).as(variantSku.body()).isEqualTo(200);
        assertThat(product(store, managed.getString("id"), "?includeVariants=true")
                        .getJsonArray("variants")
                        .getJsonObject(0)
                        .getJsonObject("variant")
                        .getString("sku"))
                .isEqualTo(sku);

        Api.Response collection = store.post(
                "/stores/v1/collections",
                "{\"collection\": {\"name\": " + json(name) + ", \"description\": " + json(description) + "}}");
        assertThat(collection.status()).as(collection.body()).isEqualTo(200);
        JsonObject readCollection = store.get("/stores/v1/collections/"
                        + collection.json().getJsonObject("collection").getString("id"))
                .json()
                .getJsonObject("collection");
        assertThat(readCollection.getString("name")).isEqualTo(name);
        assertThat(readCollection.getString("description")).isEqualTo(description);
    }

    @Test
    void textOverItsLimitInCodePointsIsInvalid() {
        Api store = newStore();

        assertError(
                store.post("/stores/v1/products", "{\"product\": {\"name\": " + json(EMOJI.repeat(81)) + "}}"),
                400,
                "TOO_LONG",
                "product.name");
        assertError(
                store.post(
                        "/stores/v1/products",
                        "{\"product\": {\"name\": \"x\", \"description\": " + json(EMOJI.repeat(8001)) + "}}"),
                400,
                "TOO_LONG",
                "product.description");
        assertError(
                store.post("/stores/v1/collections", "{\"collection\": {\"name\": " + json(EMOJI.repeat(81)) + "}}"),
                400,
                "TOO_LONG",
                "collection.name");
    }
}
