package io.catalog.web.products;

import static io.catalog.web.products.ProductApiIT.assertError;
import static io.catalog.web.products.ProductApiIT.create;
import static io.catalog.web.products.ProductApiIT.inParallel;
import static io.catalog.web.products.ProductApiIT.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.InventoryItemBody;
import io.catalog.web.support.ProductBody;
import io.catalog.web.support.StockAdjustment;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The inventory endpoints ({@code /stores/v2/inventoryItems}, after the Wix Stores Inventory API v2): atomic
 * decrements under concurrency, increments, all-or-nothing calls, tracking, the shapes, and in-stock state that
 * follows quantities at once in product reads, queries and option availability.
 */
class InventoryApiIT extends CatalogIT {

    static final String BASE = "/stores/v2/inventoryItems";
    static final String DECREMENT = BASE + "/decrement";
    static final String INCREMENT = BASE + "/increment";
    static final String DEFAULT = "00000000-0000-0000-0000-000000000000";

    static String item(String productId) {
        return BASE + "/product/" + productId;
    }

    static JsonObject inventory(Api store, String productId) {
        Api.Response response = store.get(item(productId));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("inventoryItem");
    }

    static JsonObject onlyVariant(JsonObject inventoryItem) {
        assertThat(inventoryItem.getJsonArray("variants")).hasSize(1);
        return inventoryItem.getJsonArray("variants").getJsonObject(0);
    }

    @Test
    void concurrentDecrementsNeverLoseOneNorGoBelowZero() throws Exception {
        Api store = newStore();
        String id =
                create(store, ProductBody.named("Mug").trackedStock(15).json()).getString("id");

        List<Api.Response> answers =
                inParallel(20, i -> store.post(DECREMENT, StockAdjustment.decrement(id, DEFAULT, 1)));

        List<Api.Response> succeeded =
                answers.stream().filter(a -> a.status() == 200).toList();
        List<Api.Response> refused =
                answers.stream().filter(a -> a.status() != 200).toList();
        assertThat(succeeded).hasSize(15);
        assertThat(refused)
                .hasSize(5)
                .allSatisfy(answer -> assertError(answer, 409, "INSUFFICIENT_STOCK", "decrementData[0].decrementBy"));
        // Each success saw a different quantity: every decrement counted exactly once.
        assertThat(succeeded.stream()
                        .map(a -> onlyVariant(
                                        a.json().getJsonArray("inventoryItems").getJsonObject(0))
                                .getInt("quantity"))
                        .collect(Collectors.toSet()))
                .isEqualTo(IntStream.range(0, 15).boxed().collect(Collectors.toSet()));

        JsonObject variant = onlyVariant(inventory(store, id));
        assertThat(variant.getInt("quantity")).isZero();
        assertThat(variant.getBoolean("inStock")).isFalse();
        JsonObject product = store.get("/stores/v1/products/" + id).json().getJsonObject("product");
        assertThat(product.getJsonObject("stock"))
                .isEqualTo(parse("{\"trackInventory\": true, \"quantity\": 0, \"inStock\": false}"));
        assertThat(product.getString("revision")).isEqualTo("16");
        JsonObject queried = store.post(
                        "/stores/v1/products/query", "{\"query\": {\"filter\": {\"id\": {\"$eq\": \"" + id + "\"}}}}")
                .json()
                .getJsonArray("products")
                .getJsonObject(0);
        assertThat(queried.getJsonObject("stock").getBoolean("inStock")).isFalse();
    }

    @Test
    void concurrentMultiItemCallsOnTheSameProductsInOppositeOrdersDoNotDeadlock() throws Exception {
        Api store = newStore();
        String a =
                create(store, ProductBody.named("Mug").trackedStock(50).json()).getString("id");
        String b =
                create(store, ProductBody.named("Mug").trackedStock(50).json()).getString("id");

        List<Api.Response> answers = inParallel(
                10,
                i -> store.post(
                        DECREMENT,
                        StockAdjustment.decrement()
                                .item(i % 2 == 0 ? a : b, DEFAULT, 1)
                                .item(i % 2 == 0 ? b : a, DEFAULT, 2)
                                .json()));

        assertThat(answers)
                .allSatisfy(
                        answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
        assertThat(onlyVariant(inventory(store, a)).getInt("quantity")).isEqualTo(50 - 5 * 1 - 5 * 2);
        assertThat(onlyVariant(inventory(store, b)).getInt("quantity")).isEqualTo(50 - 5 * 2 - 5 * 1);
    }

    @Test
    void getAnswersTheInventoryItemOfAProductWithoutManagedVariants() {
        Api store = newStore();
        String id =
                create(store, ProductBody.named("Mug").trackedStock(3).json()).getString("id");
        JsonObject mug = store.get("/stores/v1/products/" + id).json().getJsonObject("product");

        JsonObject item = inventory(store, mug.getString("id"));

        assertThat(item).isEqualTo(parse("""
                {"id": "%s", "productId": "%s", "trackQuantity": true,
                 "variants": [{"variantId": "%s", "inStock": true, "quantity": 3}],
                 "lastUpdated": "%s", "numericId": "%s"}""".formatted(
                        mug.getString("inventoryItemId"),
                        mug.getString("id"),
                        DEFAULT,
                        mug.getString("lastUpdated"),
                        mug.getString("numericId"))));
        JsonObject poster = create(store, ProductBody.named("Poster").json());
        JsonObject untracked = inventory(store, poster.getString("id"));
        assertThat(untracked.getBoolean("trackQuantity")).isFalse();
        assertThat(onlyVariant(untracked)).isEqualTo(parse("{\"variantId\": \"" + DEFAULT + "\", \"inStock\": true}"));
    }

    @Test
    void patchSetsTrackingAndStockOfTheProduct() {
        Api store = newStore();
        String id = create(store, ProductBody.named("Poster").json()).getString("id");

        Api.Response untracked = store.patch(
                item(id), InventoryItemBody.update().inStock(DEFAULT, false).json());
        assertThat(untracked.status()).as(untracked.body()).isEqualTo(200);
        assertThat(onlyVariant(untracked.json().getJsonObject("inventoryItem")).getBoolean("inStock"))
                .isFalse();
        assertThat(store.get("/stores/v1/products/" + id)
                        .json()
                        .getJsonObject("product")
                        .getJsonObject("stock"))
                .isEqualTo(parse("{\"trackInventory\": false, \"inStock\": false}"));

        Api.Response tracked = store.patch(
                item(id),
                InventoryItemBody.update()
                        .trackQuantity(true)
                        .quantity(DEFAULT, 4)
                        .json());
        assertThat(tracked.status()).as(tracked.body()).isEqualTo(200);
        assertThat(tracked.json().getJsonObject("inventoryItem").getBoolean("trackQuantity"))
                .isTrue();
        assertThat(onlyVariant(tracked.json().getJsonObject("inventoryItem")))
                .isEqualTo(parse("{\"variantId\": \"" + DEFAULT + "\", \"inStock\": true, \"quantity\": 4}"));

        assertError(
                store.patch(
                        item(id),
                        InventoryItemBody.update().quantity(DEFAULT, -1).json()),
                400,
                "OUT_OF_RANGE",
                "inventoryItem.variants[0].quantity");
        assertError(
                store.patch(
                        item(id),
                        InventoryItemBody.update()
                                .quantity("00000000-0000-0000-0000-000000000001", 1)
                                .json()),
                400,
                "UNKNOWN_VARIANT",
                "inventoryItem.variants[0].variantId");
        assertError(
                store.patch(
                        item(id),
                        InventoryItemBody.update()
                                .trackQuantity(false)
                                .quantity(DEFAULT, 1)
                                .json()),
                400,
                "NOT_ALLOWED",
                "inventoryItem.variants[0].quantity");
        assertError(store.patch(item(id), "{}"), 400, "REQUIRED", "inventoryItem");
        assertThat(onlyVariant(inventory(store, id)).getInt("quantity")).isEqualTo(4);
    }

    @Test
    void managedVariantsHaveTheirOwnStockAndChoicesFollowIt() {
        Api store = newStore();
        JsonObject shirt = create(
                store,
                ProductBody.named("Shirt")
                        .manageVariants()
                        .option("Size", "S", "L")
                        .json());
        String id = shirt.getString("id");
        Map<String, String> variantIds = shirt.getJsonArray("variants").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(v -> v.getJsonObject("choices").getString("Size"), v -> v.getString("id")));

        Api.Response patched = store.patch(
                item(id),
                InventoryItemBody.update()
                        .trackQuantity(true)
                        .quantity(variantIds.get("S"), 2)
                        .quantity(variantIds.get("L"), 1)
                        .json());
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().getJsonObject("inventoryItem").getJsonArray("variants"))
                .hasSize(2);

        Api.Response decremented = store.post(DECREMENT, StockAdjustment.decrement(id, variantIds.get("S"), 2));
        assertThat(decremented.status()).as(decremented.body()).isEqualTo(200);
        assertThat(decremented.json()).isEqualTo(parse("""
                {"inventoryItems": [{"id": "%s", "productId": "%s", "trackQuantity": true,
                  "variants": [{"variantId": "%s", "inStock": false, "quantity": 0}],
                  "lastUpdated": "%s", "numericId": "%s"}]}""".formatted(
                        shirt.getString("inventoryItemId"),
                        id,
                        variantIds.get("S"),
                        decremented
                                .json()
                                .getJsonArray("inventoryItems")
                                .getJsonObject(0)
                                .getString("lastUpdated"),
                        shirt.getString("numericId"))));

        Map<String, JsonObject> stock = inventory(store, id).getJsonArray("variants").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(v -> v.getString("variantId"), Function.identity()));
        assertThat(stock.get(variantIds.get("S")).getBoolean("inStock")).isFalse();
        assertThat(stock.get(variantIds.get("L")).getInt("quantity")).isEqualTo(1);
        JsonObject product = store.get("/stores/v1/products/" + id + "?includeVariants=true")
                .json()
                .getJsonObject("product");
        JsonArray choices =
                product.getJsonArray("productOptions").getJsonObject(0).getJsonArray("choices");
        assertThat(choices.getJsonObject(0).getBoolean("inStock")).as("S").isFalse();
        assertThat(choices.getJsonObject(1).getBoolean("inStock")).as("L").isTrue();
        assertThat(product.getJsonArray("variants")
                        .getJsonObject(0)
                        .getJsonObject("variant")
                        .getJsonObject("stock"))
                .isEqualTo(parse("{\"trackInventory\": true, \"quantity\": 0, \"inStock\": false}"));
        assertThat(store.post(
                                "/stores/v1/products/" + id + "/productOptionsAvailability",
                                "{\"options\": {\"Size\": \"S\"}}")
                        .json()
                        .getBoolean("availableForPurchase"))
                .isFalse();

        assertError(
                store.post(DECREMENT, StockAdjustment.decrement(id, DEFAULT, 1)),
                400,
                "UNKNOWN_VARIANT",
                "decrementData[0].variantId");
    }

    @Test
    void incrementsAddAndReportPerProduct() {
        Api store = newStore();
        String a =
                create(store, ProductBody.named("Mug").trackedStock(0).json()).getString("id");
        String b =
                create(store, ProductBody.named("Mug").trackedStock(7).json()).getString("id");

        Api.Response answer = store.post(
                INCREMENT,
                StockAdjustment.increment()
                        .item(a, DEFAULT, 3)
                        .item(b, DEFAULT, 1)
                        .item(a, DEFAULT, 2)
                        .json());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonArray items = answer.json().getJsonArray("inventoryItems");
        assertThat(items).hasSize(2);
        assertThat(items.getJsonObject(0).getString("productId")).isEqualTo(a);
        assertThat(onlyVariant(items.getJsonObject(0)))
                .isEqualTo(parse("{\"variantId\": \"" + DEFAULT + "\", \"inStock\": true, \"quantity\": 5}"));
        assertThat(onlyVariant(items.getJsonObject(1)).getInt("quantity")).isEqualTo(8);
        assertThat(store.get("/stores/v1/products/" + a)
                        .json()
                        .getJsonObject("product")
                        .getJsonObject("stock")
                        .getBoolean("inStock"))
                .isTrue();
    }

    @Test
    void callsAreAllOrNothing() {
        Api store = newStore();
        String a =
                create(store, ProductBody.named("Mug").trackedStock(2).json()).getString("id");
        String b =
                create(store, ProductBody.named("Mug").trackedStock(1).json()).getString("id");

        assertError(
                store.post(
                        DECREMENT,
                        StockAdjustment.decrement()
                                .item(a, DEFAULT, 1)
                                .item(b, DEFAULT, 2)
                                .json()),
                409,
                "INSUFFICIENT_STOCK",
                "decrementData[1].decrementBy");
        assertError(
                store.post(
                        DECREMENT,
                        StockAdjustment.decrement()
                                .item(a, DEFAULT, 1)
                                .item(UUID.randomUUID().toString(), DEFAULT, 1)
                                .json()),
                404,
                "PRODUCT_NOT_FOUND",
                null);
        assertError(
                store.post(
                        INCREMENT,
                        StockAdjustment.increment()
                                .item(a, DEFAULT, 1)
                                .item(b, DEFAULT, 99999999)
                                .json()),
                409,
                "QUANTITY_LIMIT_EXCEEDED",
                "incrementData[1].incrementBy");

        assertThat(onlyVariant(inventory(store, a)).getInt("quantity")).isEqualTo(2);
        assertThat(onlyVariant(inventory(store, b)).getInt("quantity")).isEqualTo(1);
        assertThat(store.get("/stores/v1/products/" + a)
                        .json()
                        .getJsonObject("product")
                        .getString("revision"))
                .isEqualTo("1");
    }

    @Test
    void untrackedInventoryCannotBeAdjusted() {
        Api store = newStore();
        String id = create(store, ProductBody.named("Poster").json()).getString("id");

        assertError(
                store.post(DECREMENT, StockAdjustment.decrement(id, DEFAULT, 1)),
                409,
                "INVENTORY_NOT_TRACKED",
                "decrementData[0].variantId");
        assertError(
                store.post(INCREMENT, StockAdjustment.increment(id, DEFAULT, 1)),
                409,
                "INVENTORY_NOT_TRACKED",
                "incrementData[0].variantId");
        assertThat(inventory(store, id).getBoolean("trackQuantity")).isFalse();
    }

    @Test
    void malformedRequestsNameTheField() {
        Api store = newStore();
        String id =
                create(store, ProductBody.named("Mug").trackedStock(2).json()).getString("id");

        assertError(store.post(DECREMENT, "{}"), 400, "REQUIRED", "decrementData");
        assertError(store.post(DECREMENT, "{\"decrementData\": []}"), 400, "REQUIRED", "decrementData");
        assertError(
                store.post(DECREMENT, StockAdjustment.decrement(id, DEFAULT, 0)),
                400,
                "OUT_OF_RANGE",
                "decrementData[0].decrementBy");
        assertError(
                store.post(DECREMENT, StockAdjustment.decrement("nope", DEFAULT, 1)),
                400,
                "INVALID_ID",
                "decrementData[0].productId");
        assertError(
                store.post(DECREMENT, StockAdjustment.decrement(id, "nope", 1)),
                400,
                "INVALID_ID",
                "decrementData[0].variantId");
        assertError(
                store.post(
                        DECREMENT,
                        "{\"decrementData\": [{\"productId\": \"" + id + "\", \"variantId\": \"" + DEFAULT
                                + "\", \"decrementBy\": \"one\"}]}"),
                400,
                "INVALID_TYPE",
                "decrementData[0].decrementBy");
        assertError(store.get(item("nope")), 400, "INVALID_ID", "id");
        assertError(store.get(item(UUID.randomUUID().toString())), 404, "PRODUCT_NOT_FOUND", null);
    }

    @Test
    void readersReadVisibleProductsOnlyAndOnlyModifiersWrite() {
        String storeId = "store-" + UUID.randomUUID();
        Api owner = store(storeId, READ, MODIFY);
        Api reader = store(storeId, READ);
        String id =
                create(owner, ProductBody.named("Mug").trackedStock(2).json()).getString("id");
        String hidden =
                create(owner, ProductBody.named("Hidden").visible(false).json()).getString("id");

        assertThat(reader.get(item(id)).status()).isEqualTo(200);
        assertError(reader.get(item(hidden)), 404, "PRODUCT_NOT_FOUND", null);
        assertThat(owner.get(item(hidden)).status()).isEqualTo(200);
        assertThat(reader.post(DECREMENT, StockAdjustment.decrement(id, DEFAULT, 1))
                        .status())
                .isEqualTo(403);
        assertThat(reader.patch(
                                item(id),
                                InventoryItemBody.update().trackQuantity(false).json())
                        .status())
                .isEqualTo(403);
        assertThat(anonymous().get(item(id)).status()).isEqualTo(401);
        assertThat(anonymous()
                        .post(INCREMENT, StockAdjustment.decrement(id, DEFAULT, 1))
                        .status())
                .isEqualTo(401);
        assertError(newStore().get(item(id)), 404, "PRODUCT_NOT_FOUND", null);
        assertError(
                newStore().post(DECREMENT, StockAdjustment.decrement(id, DEFAULT, 1)), 404, "PRODUCT_NOT_FOUND", null);
        assertThat(onlyVariant(inventory(owner, id)).getInt("quantity")).isEqualTo(2);
    }
}
