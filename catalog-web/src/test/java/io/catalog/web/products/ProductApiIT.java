package io.catalog.web.products;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.ApiChecks;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.ProductBody;
import io.catalog.web.support.ProductOptions;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The products API of seed 002, replayed with its own examples, and every error it can answer. */
class ProductApiIT extends CatalogIT {

    static final String SEED_CREATE = """
            {
             "product": {
             "name": "T-shirt",
             "productType": "physical",
             "priceData": {
             "price": 10.5
             },
             "description": "nice summer t-shirt",
             "sku": "123df",
             "visible": false,
             "weight": 0.2,
             "discount": {
             "type": "AMOUNT",
             "value": 1
             },
             "manageVariants": true,
             "productOptions": [
             {
             "name": "Size",
             "choices": [
             {
             "value": "S",
             "description": "S"
             },
             {
             "value": "L",
             "description": "L"
             }
             ]
             }
             ]
             }
             }""";

    static final String SEED_UPDATE = """
            {
             "product": {
             "name": "T-shirt",
             "productType": "physical",
             "price": {
             "price": 10.5
             },
             "description": "nice summer t-shirt",
             "sku": "123df",
             "visible": false,
             "weight": 0.2,
             "discount": {
             "type": "AMOUNT",
             "value": 1
             },
             "productOptions": [
             {
             "name": "Size",
             "choices": [
             {
             "value": "S",
             "description": "S"
             },
             {
             "value": "L",
             "description": "L"
             }
             ]
             }
             ]
             }
             }""";

    /** The seed's create response, ids and times aside; the currency is the store's (USD by default here). */
    static final String SEED_RESPONSE = """
            {"product": {
             "id": "e28e4ddd-6ed0-4098-a5e5-cf4bd9c4f7b5",
             "name": "T-shirt",
             "slug": "t-shirt-1",
             "visible": false,
             "productType": "physical",
             "description": "nice summer t-shirt",
             "stock": {"trackInventory": false, "inStock": true},
             "price": {"currency": "ILS", "price": 10.5, "discountedPrice": 9.5,
               "formatted": {"price": "10.50 ₪", "discountedPrice": "9.50 ₪"}},
             "priceData": {"currency": "ILS", "price": 10.5, "discountedPrice": 9.5,
               "formatted": {"price": "10.50 ₪", "discountedPrice": "9.50 ₪"}},
             "additionalInfoSections": [],
             "ribbons": [],
             "media": {"items": []},
             "customTextFields": [],
             "manageVariants": true,
             "productOptions": [ {
               "optionType": "drop_down",
               "name": "Size",
               "choices": [
                 {"value": "S", "description": "S", "inStock": true, "visible": true},
                 {"value": "L", "description": "L", "inStock": true, "visible": true}
               ]}],
             "productPageUrl": {"base": "https://www.itsjusttooeasy123.com/", "path": "/product-page/t-shirt-1"},
             "numericId": "1567588455405000",
             "inventoryItemId": "1d71b222-912f-bf67-5a1a-30b4263b084a",
             "discount": {"type": "AMOUNT", "value": 1},
             "collectionIds": [],
             "variants": [
               {"id": "00000000-0000-0001-0005-93fc95e0514a", "choices": {"Size": "S"},
                "variant": {"priceData": {"currency": "ILS", "price": 10.5, "discountedPrice": 9.5,
                  "formatted": {"price": "10.50 ₪", "discountedPrice": "9.50 ₪"}}, "weight": 10, "visible": true}},
               {"id": "00000000-0000-0002-0005-93fc95e0514a", "choices": {"Size": "L"},
                "variant": {"priceData": {"currency": "ILS", "price": 10.5, "discountedPrice": 9.5,
                  "formatted": {"price": "10.50 ₪", "discountedPrice": "9.50 ₪"}}, "visible": true}}
             ]
            }}""";

    @Test
    void theSeedsCreateExampleAnswersWithTheSeedsShape() {
        Api.Response created = newStore().post("/stores/v1/products", SEED_CREATE);

        assertThat(created.status()).isEqualTo(200);
        assertSameShape(parse(SEED_RESPONSE), created.json(), "");
        JsonObject product = created.json().getJsonObject("product");
        assertThat(product.getString("name")).isEqualTo("T-shirt");
        assertThat(product.getString("slug")).isEqualTo("t-shirt");
        assertThat(product.getBoolean("visible")).isFalse();
        assertThat(product.getString("productType")).isEqualTo("physical");
        assertThat(product.getString("description")).isEqualTo("nice summer t-shirt");
        assertThat(product.getBoolean("manageVariants")).isTrue();
        assertThat(product.containsKey("sku"))
                .as("sku is per variant when variants are managed")
                .isFalse();
        JsonObject priceData = product.getJsonObject("priceData");
        assertThat(priceData.getString("currency")).isEqualTo("USD");
        assertThat(priceData.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("10.5");
        assertThat(priceData.getJsonNumber("discountedPrice").bigDecimalValue()).isEqualByComparingTo("9.5");
        assertThat(priceData.getJsonObject("formatted").getString("price")).isEqualTo("$10.50");
        assertThat(priceData.getJsonObject("formatted").getString("discountedPrice"))
                .isEqualTo("$9.50");
        assertThat(product.getJsonObject("price")).isEqualTo(priceData);
        assertThat(product.getJsonObject("stock")).isEqualTo(parse("{\"trackInventory\": false, \"inStock\": true}"));
        assertThat(product.getJsonObject("discount").getString("type")).isEqualTo("AMOUNT");
        assertThat(product.getJsonObject("productPageUrl").getString("path")).isEqualTo("/product-page/t-shirt");
        assertThat(Long.parseLong(product.getString("numericId"))).isPositive();
        JsonArray variants = product.getJsonArray("variants");
        assertThat(variants).hasSize(2);
        assertThat(variants.getJsonObject(0).getJsonObject("choices")).isEqualTo(parse("{\"Size\": \"S\"}"));
        assertThat(variants.getJsonObject(1).getJsonObject("choices")).isEqualTo(parse("{\"Size\": \"L\"}"));
        assertThat(variants.getJsonObject(0).getString("id"))
                .isNotEqualTo(variants.getJsonObject(1).getString("id"));
    }

    @Test
    void slugsAreUniquePerStoreAndNumericIdsAscend() {
        Api store = newStore();
        JsonObject first = create(store, SEED_CREATE);
        JsonObject second = create(store, SEED_CREATE);
        JsonObject third = create(store, SEED_CREATE);
        JsonObject elsewhere = create(newStore(), SEED_CREATE);

        assertThat(List.of(first.getString("slug"), second.getString("slug"), third.getString("slug")))
                .containsExactly("t-shirt", "t-shirt-1", "t-shirt-2");
        assertThat(elsewhere.getString("slug")).isEqualTo("t-shirt");
        assertThat(Long.parseLong(second.getString("numericId")))
                .isGreaterThan(Long.parseLong(first.getString("numericId")));
        assertThat(Long.parseLong(third.getString("numericId")))
                .isGreaterThan(Long.parseLong(second.getString("numericId")));
    }

    @Test
    void getAnswersTheProductWithItsRevisionAsETag() {
        Api store = newStore();
        JsonObject created = create(store, SEED_CREATE);

        Api.Response read = store.get("/stores/v1/products/" + created.getString("id"));

        assertThat(read.status()).isEqualTo(200);
        JsonObject product = read.json().getJsonObject("product");
        assertThat(product.getString("id")).isEqualTo(created.getString("id"));
        assertThat(product.containsKey("variants"))
                .as("the seed's get answer has no variants")
                .isFalse();
        assertThat(read.header("ETag")).isEqualTo("\"" + product.getString("revision") + "\"");
        assertThat(store.withHeader("If-None-Match", read.header("ETag"))
                        .get("/stores/v1/products/" + created.getString("id"))
                        .status())
                .isEqualTo(304);
        assertThat(store.get("/stores/v1/products/" + created.getString("id") + "?includeVariants=true")
                        .json()
                        .getJsonObject("product")
                        .getJsonArray("variants"))
                .hasSize(2);
    }

    @Test
    void theSeedsUpdateExampleAnswersWithTheSeedsShape() {
        Api store = newStore();
        JsonObject created = create(store, SEED_CREATE);

        Api.Response updated = store.patch("/stores/v1/products/" + created.getString("id"), SEED_UPDATE);

        assertThat(updated.status()).isEqualTo(200);
        assertSameShape(parse(SEED_RESPONSE), updated.json(), "");
    }

    @Test
    void patchChangesOnlyTheFieldsSentAndIncreasesTheRevision() {
        Api store = newStore();
        JsonObject created = create(store, SEED_CREATE);
        String path = "/stores/v1/products/" + created.getString("id");

        JsonObject renamed = store.patch(
                        path, ProductBody.changes().name("Summer T-shirt").json())
                .json()
                .getJsonObject("product");

        assertThat(renamed.getString("name")).isEqualTo("Summer T-shirt");
        assertThat(renamed.getString("slug")).as("slugs are permanent").isEqualTo("t-shirt");
        assertThat(renamed.getString("description")).isEqualTo("nice summer t-shirt");
        assertThat(renamed.getJsonObject("priceData")).isEqualTo(created.getJsonObject("priceData"));
        assertThat(renamed.getJsonArray("productOptions")).isEqualTo(created.getJsonArray("productOptions"));
        assertThat(renamed.getJsonArray("variants")).isEqualTo(created.getJsonArray("variants"));
        assertThat(Long.parseLong(renamed.getString("revision")))
                .isEqualTo(Long.parseLong(created.getString("revision")) + 1);

        JsonObject unchanged = store.patch(
                        path, ProductBody.changes().name("Summer T-shirt").json())
                .json()
                .getJsonObject("product");
        assertThat(unchanged.getString("revision"))
                .as("a change to nothing is no change")
                .isEqualTo(renamed.getString("revision"));
    }

    @Test
    void addingAnOptionKeepsTheVariantsOfTheChoicesThatRemain() {
        Api store = newStore();
        JsonObject created = create(store, SEED_CREATE);
        String path = "/stores/v1/products/" + created.getString("id");

        JsonObject updated = store.patch(
                        path, ProductBody.changes().option("Size", "S", "M").json())
                .json()
                .getJsonObject("product");

        JsonArray variants = updated.getJsonArray("variants");
        assertThat(variants).hasSize(2);
        assertThat(variants.getJsonObject(0).getString("id"))
                .isEqualTo(created.getJsonArray("variants").getJsonObject(0).getString("id"));
        assertThat(variants.getJsonObject(1).getJsonObject("choices")).isEqualTo(parse("{\"Size\": \"M\"}"));
    }

    @Test
    void aStaleRevisionChangesNothing() {
        Api store = newStore();
        JsonObject created = create(store, SEED_CREATE);
        String path = "/stores/v1/products/" + created.getString("id");
        String revision = created.getString("revision");
        assertThat(store.patch(
                                path,
                                ProductBody.changes()
                                        .name("First")
                                        .revision(revision)
                                        .json())
                        .status())
                .isEqualTo(200);

        // The revision as a JSON number this time.
        Api.Response staleBody =
                store.patch(path, "{\"product\": {\"name\": \"Second\", \"revision\": " + revision + "}}");
        Api.Response staleIfMatch = store.withHeader("If-Match", "\"" + revision + "\"")
                .patch(path, ProductBody.changes().name("Third").json());
        Api.Response staleDelete = store.delete(path + "?revision=" + revision);

        assertThat(staleBody.status()).isEqualTo(409);
        assertThat(staleBody.json().getString("code")).isEqualTo("STALE_REVISION");
        assertThat(staleIfMatch.status()).isEqualTo(412);
        assertThat(staleDelete.status()).isEqualTo(409);
        assertThat(store.get(path).json().getJsonObject("product").getString("name"))
                .isEqualTo("First");
    }

    @Test
    void ofConcurrentWritersOfTheSameRevisionExactlyOneWins() throws Exception {
        Api store = newStore();
        JsonObject created = create(store, SEED_CREATE);
        String path = "/stores/v1/products/" + created.getString("id");
        Api conditional = store.withHeader("If-Match", "\"" + created.getString("revision") + "\"");
        int writers = 8;

        List<Integer> statuses = inParallel(
                writers,
                i -> conditional
                        .patch(
                                path,
                                ProductBody.changes().description("writer " + i).json())
                        .status());

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 412).hasSize(writers - 1);
        assertThat(store.get(path).json().getJsonObject("product").getString("revision"))
                .isEqualTo(Long.toString(Long.parseLong(created.getString("revision")) + 1));
    }

    @Test
    void concurrentUnconditionalWritesOfDifferentFieldsAreAllKept() throws Exception {
        Api store = newStore();
        JsonObject created = create(store, SEED_CREATE);
        String path = "/stores/v1/products/" + created.getString("id");

        List<Integer> statuses = inParallel(
                4,
                i -> store.patch(
                                path,
                                switch (i) {
                                    case 0 ->
                                        ProductBody.changes().name("Renamed").json();
                                    case 1 ->
                                        ProductBody.changes()
                                                .description("Described")
                                                .json();
                                    case 2 ->
                                        ProductBody.changes().visible(true).json();
                                    default -> ProductBody.changes().price(20).json();
                                })
                        .status());

        assertThat(statuses).containsOnly(200);
        JsonObject product = store.get(path).json().getJsonObject("product");
        assertThat(product.getString("name")).isEqualTo("Renamed");
        assertThat(product.getString("description")).isEqualTo("Described");
        assertThat(product.getBoolean("visible")).isTrue();
        assertThat(product.getJsonObject("priceData").getJsonNumber("price").intValue())
                .isEqualTo(20);
        assertThat(product.getString("revision"))
                .isEqualTo(Long.toString(Long.parseLong(created.getString("revision")) + 4));
    }

    @Test
    void badInputIsA400NamingTheFieldAndTheRule() {
        Api store = newStore();

        assertError(store.post("/stores/v1/products", "{\"product\": {\"name\": "), 400, "MALFORMED_JSON", null);
        assertError(store.post("/stores/v1/products", "{}"), 400, "REQUIRED", "product");
        assertError(store.post("/stores/v1/products", "{\"product\": {}}"), 400, "REQUIRED", "product.name");
        assertError(
                store.post("/stores/v1/products", "{\"product\": {\"name\": 5}}"), 400, "INVALID_TYPE", "product.name");
        assertError(
                store.post("/stores/v1/products", "{\"product\": {\"name\": \"" + "x".repeat(81) + "\"}}"),
                400,
                "TOO_LONG",
                "product.name");
        assertError(
                store.post("/stores/v1/products", "{\"product\": {\"name\": \"x\", \"productType\": \"food\"}}"),
                400,
                "UNKNOWN_ENUM_VALUE",
                "product.productType");
        assertError(
                store.post("/stores/v1/products", "{\"product\": {\"name\": \"x\", \"priceData\": {\"price\": -1}}}"),
                400,
                "OUT_OF_RANGE",
                "product.priceData.price");
        assertError(
                store.post(
                        "/stores/v1/products", "{\"product\": {\"name\": \"x\", \"priceData\": {\"price\": \"ten\"}}}"),
                400,
                "INVALID_TYPE",
                "product.priceData.price");
        assertError(
                store.post(
                        "/stores/v1/products", "{\"product\": {\"name\": \"x\", \"discount\": {\"type\": \"HALF\"}}}"),
                400,
                "UNKNOWN_ENUM_VALUE",
                "product.discount.type");
        assertError(
                store.post(
                        "/stores/v1/products",
                        ProductBody.named("Optioned")
                                .manageVariants(false)
                                .options(ProductOptions.generated(7, 1))
                                .json()),
                400,
                "TOO_MANY_OPTIONS",
                "product.productOptions");
        assertError(
                store.post(
                        "/stores/v1/products",
                        ProductBody.named("Optioned")
                                .manageVariants(false)
                                .options(ProductOptions.generated(1, 31))
                                .json()),
                400,
                "TOO_MANY_CHOICES",
                null);
        assertError(store.post("/stores/v1/products", """
                {"product": {"name": "x", "productOptions": [
                  {"name": "Size", "choices": [{"value": "S"}]}, {"name": "size", "choices": [{"value": "M"}]}]}}"""), 400, "DUPLICATE_OPTION_NAME", null);
        assertError(store.post("/stores/v1/products", """
                {"product": {"name": "x", "productOptions": [
                  {"name": "Size", "choices": [{"value": "S"}, {"value": "s"}]}]}}"""), 400, "DUPLICATE_CHOICE_VALUE", null);
        // 343 managed variants asked for by the request alone: invalid (400), not a conflict with stored state.
        assertError(
                store.post(
                        "/stores/v1/products",
                        ProductBody.named("Optioned")
                                .manageVariants()
                                .options(ProductOptions.generated(3, 7))
                                .json()),
                400,
                "TOO_MANY_VARIANTS",
                "product.productOptions");
        assertError(store.get("/stores/v1/products/not-a-uuid"), 400, "INVALID_ID", "id");
    }

    @Test
    void aRefusedChangeWritesNothing() {
        Api store = newStore();
        JsonObject created = create(store, SEED_CREATE);
        String path = "/stores/v1/products/" + created.getString("id");

        Api.Response refused = store.patch(
                path,
                ProductBody.changes()
                        .name("Changed")
                        .description("Changed")
                        .options(ProductOptions.generated(7, 1))
                        .json());

        assertThat(refused.status()).isEqualTo(400);
        JsonObject product = store.get(path + "?includeVariants=true").json().getJsonObject("product");
        assertThat(product.getString("name")).isEqualTo("T-shirt");
        assertThat(product.getString("revision")).isEqualTo(created.getString("revision"));
        assertThat(product.getJsonArray("variants")).isEqualTo(created.getJsonArray("variants"));
    }

    @Test
    void unmanagedProductsMayHaveEveryCombinationWithoutStoringThem() {
        Api store = newStore();

        Api.Response created = store.post(
                "/stores/v1/products",
                ProductBody.named("Optioned")
                        .manageVariants(false)
                        .options(ProductOptions.generated(6, 30))
                        .json());

        assertThat(created.status()).isEqualTo(200);
        JsonObject product = created.json().getJsonObject("product");
        assertThat(product.getJsonArray("productOptions")).hasSize(6);
        assertThat(product.containsKey("variants"))
                .as("729,000,000 combinations are not listed")
                .isFalse();
        assertThat(store.get("/stores/v1/products/" + product.getString("id")).status())
                .isEqualTo(200);
    }

    @Test
    void aProductWithoutOptionsHasTheDefaultVariant() {
        JsonObject product = create(
                newStore(),
                ProductBody.named("digital product")
                        .productType("digital")
                        .price(123)
                        .json());

        JsonArray variants = product.getJsonArray("variants");
        assertThat(variants).hasSize(1);
        assertThat(variants.getJsonObject(0).getString("id")).isEqualTo("00000000-0000-0000-0000-000000000000");
        assertThat(variants.getJsonObject(0).getJsonObject("choices")).isEmpty();
        assertThat(product.getString("sku")).isEmpty();
        assertThat(product.getJsonObject("priceData").getJsonObject("formatted").getString("price"))
                .isEqualTo("$123.00");
    }

    @Test
    void deleteRemovesTheProduct() {
        Api store = newStore();
        JsonObject created = create(store, SEED_CREATE);
        String path = "/stores/v1/products/" + created.getString("id");

        Api.Response deleted = store.delete(path);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json()).isEmpty();
        assertThat(store.get(path).status()).isEqualTo(404);
        assertThat(store.delete(path).status()).isEqualTo(404);
    }

    @Test
    void optionsCanBeDeletedOnlyWhileVariantsAreNotManaged() {
        Api store = newStore();
        JsonObject managed = create(store, SEED_CREATE);
        JsonObject unmanaged = create(
                store,
                ProductBody.named("Optioned")
                        .manageVariants(false)
                        .options(ProductOptions.generated(2, 3))
                        .json());

        assertError(
                store.delete("/stores/v1/products/" + managed.getString("id") + "/options"),
                409,
                "VARIANTS_MANAGED",
                null);
        Api.Response removed = store.delete("/stores/v1/products/" + unmanaged.getString("id") + "/options");

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json()).isEmpty();
        JsonObject after = store.get("/stores/v1/products/" + unmanaged.getString("id"))
                .json()
                .getJsonObject("product");
        assertThat(after.getJsonArray("productOptions")).isEmpty();
    }

    @Test
    void readersOnlySeeVisibleProducts() {
        String storeId = "store-" + java.util.UUID.randomUUID();
        JsonObject hidden = create(store(storeId, READ, MODIFY), SEED_CREATE);

        assertThat(store(storeId, READ)
                        .get("/stores/v1/products/" + hidden.getString("id"))
                        .status())
                .isEqualTo(404);
        assertThat(store(storeId, READ, MODIFY)
                        .get("/stores/v1/products/" + hidden.getString("id"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void unknownPathsAnswerJsonErrors() {
        Api.Response response = newStore().get("/stores/v1/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().getString("code")).isNotBlank();
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    static JsonObject create(Api store, String body) {
        return ApiChecks.createProduct(store, body);
    }

    static void assertError(Api.Response response, int status, String code, String field) {
        ApiChecks.assertError(response, status, code, field);
    }

    static JsonObject parse(String json) {
        return ApiChecks.parse(json);
    }

    /** Every field of {@code expected} is present in {@code actual} with the same JSON type, recursively. */
    static void assertSameShape(JsonValue expected, JsonValue actual, String path) {
        assertThat(actual).as("missing " + path).isNotNull();
        JsonValue.ValueType expectedType = expected.getValueType();
        boolean bothBooleans = (expectedType == JsonValue.ValueType.TRUE || expectedType == JsonValue.ValueType.FALSE)
                && (actual.getValueType() == JsonValue.ValueType.TRUE
                        || actual.getValueType() == JsonValue.ValueType.FALSE);
        if (!bothBooleans) {
            assertThat(actual.getValueType()).as("type of " + path).isEqualTo(expectedType);
        }
        if (expectedType == JsonValue.ValueType.OBJECT) {
            expected.asJsonObject()
                    .forEach((key, value) ->
                            assertSameShape(value, actual.asJsonObject().get(key), path + "." + key));
        } else if (expectedType == JsonValue.ValueType.ARRAY
                && !expected.asJsonArray().isEmpty()) {
            assertThat(actual.asJsonArray()).as("items of " + path).isNotEmpty();
            for (int i = 0;
                    i
                            < Math.min(
                                    expected.asJsonArray().size(),
                                    actual.asJsonArray().size());
                    i++) {
                assertSameShape(
                        expected.asJsonArray().get(i), actual.asJsonArray().get(i), path + "[" + i + "]");
            }
        }
    }

    interface Call<T> {
        T call(int index) throws Exception;
    }

    static <T> List<T> inParallel(int count, Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> futures = new ArrayList<>();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return call.call(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
