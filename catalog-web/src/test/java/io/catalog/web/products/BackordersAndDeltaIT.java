package io.catalog.web.products;

import static io.catalog.web.products.InventoryApiIT.DECREMENT;
import static io.catalog.web.products.InventoryApiIT.DEFAULT;
import static io.catalog.web.products.InventoryApiIT.inventory;
import static io.catalog.web.products.InventoryApiIT.onlyVariant;
import static io.catalog.web.products.ProductApiIT.assertError;
import static io.catalog.web.products.ProductApiIT.create;
import static io.catalog.web.products.ProductApiIT.inParallel;
import static io.catalog.web.products.ProductApiIT.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.ProductBody;
import io.catalog.web.support.StockAdjustment;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The store settings ({@code allowBackorders}), decrements with and without backorders under concurrency, Ecwid's
 * {@code inventoryDelta} in the product PATCH, and Ecwid's {@code warningLimit} on the product.
 */
class BackordersAndDeltaIT extends CatalogIT {

    private static final String SETTINGS = "/stores/v1/settings";

    @Test
    void settingsStartWithoutBackordersAndOnlyModifiersChangeThem() {
        String storeId = "store-" + UUID.randomUUID();
        Api store = store(storeId, READ, MODIFY);
        Api reader = store(storeId, READ);

        Api.Response read = reader.get(SETTINGS);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().getJsonObject("settings").getBoolean("allowBackorders"))
                .isFalse();
        assertThat(read.json().getJsonObject("settings").getString("currency")).isEqualTo("USD");

        assertThat(reader.patch(SETTINGS, "{\"settings\": {\"allowBackorders\": true}}")
                        .status())
                .isEqualTo(403);
        assertError(
                store.patch(SETTINGS, "{\"settings\": {\"allowBackorders\": \"yes\"}}"),
                400,
                "INVALID_TYPE",
                "settings.allowBackorders");
        assertError(store.patch(SETTINGS, "{}"), 400, "REQUIRED", "settings");

        Api.Response changed = store.patch(SETTINGS, "{\"settings\": {\"allowBackorders\": true}}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getJsonObject("settings").getBoolean("allowBackorders"))
                .isTrue();
        assertThat(reader.get(SETTINGS).json().getJsonObject("settings").getBoolean("allowBackorders"))
                .isTrue();
        assertThat(store(storeId + "-other", READ)
                        .get(SETTINGS)
                        .json()
                        .getJsonObject("settings")
                        .getBoolean("allowBackorders"))
                .isFalse();
    }

    @Test
    void withBackordersConcurrentDecrementsAllLandAndTheQuantityGoesNegative() throws Exception {
        Api store = newStore();
        assertThat(store.patch(SETTINGS, "{\"settings\": {\"allowBackorders\": true}}")
                        .status())
                .isEqualTo(200);
        String id =
                create(store, ProductBody.named("Mug").trackedStock(5).json()).getString("id");

        List<Api.Response> answers =
                inParallel(20, i -> store.post(DECREMENT, StockAdjustment.decrement(id, DEFAULT, 1)));

        assertThat(answers)
                .allSatisfy(
                        answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
        // Each answer saw a different quantity: none lost, none counted twice.
        assertThat(answers.stream()
                        .map(a -> onlyVariant(
                                        a.json().getJsonArray("inventoryItems").getJsonObject(0))
                                .getInt("quantity"))
                        .collect(Collectors.toSet()))
                .isEqualTo(IntStream.rangeClosed(-15, 4).boxed().collect(Collectors.toSet()));
        JsonObject variant = onlyVariant(inventory(store, id));
        assertThat(variant.getInt("quantity")).isEqualTo(-15);
        assertThat(variant.getBoolean("inStock")).isFalse();
        assertThat(store.get("/stores/v1/products/" + id)
                        .json()
                        .getJsonObject("product")
                        .getJsonObject("stock"))
                .isEqualTo(parse("{\"trackInventory\": true, \"quantity\": -15, \"inStock\": false}"));

        // Back to no backorders: a decrement of backordered stock is refused, an increment still counts.
        assertThat(store.patch(SETTINGS, "{\"settings\": {\"allowBackorders\": false}}")
                        .status())
                .isEqualTo(200);
        assertError(
                store.post(DECREMENT, StockAdjustment.decrement(id, DEFAULT, 1)),
                409,
                "INSUFFICIENT_STOCK",
                "decrementData[0].decrementBy");
        assertThat(store.post(InventoryApiIT.INCREMENT, StockAdjustment.increment(id, DEFAULT, 16))
                        .status())
                .isEqualTo(200);
        assertThat(onlyVariant(inventory(store, id)))
                .isEqualTo(parse("{\"variantId\": \"" + DEFAULT + "\", \"inStock\": true, \"quantity\": 1}"));
    }

    @Test
    void concurrentInventoryDeltasNeverLoseOneNorGoBelowZeroWithoutBackorders() throws Exception {
        Api store = newStore();
        String id =
                create(store, ProductBody.named("Mug").trackedStock(12).json()).getString("id");

        List<Api.Response> answers = inParallel(
                16,
                i -> store.patch(
                        "/stores/v1/products/" + id,
                        ProductBody.changes().inventoryDelta(-1).json()));

        List<Api.Response> succeeded =
                answers.stream().filter(a -> a.status() == 200).toList();
        assertThat(succeeded).hasSize(12);
        assertThat(answers.stream().filter(a -> a.status() != 200))
                .hasSize(4)
                .allSatisfy(answer -> assertError(answer, 409, "INSUFFICIENT_STOCK", "inventoryDelta"));
        assertThat(succeeded.stream()
                        .map(a -> a.json()
                                .getJsonObject("product")
                                .getJsonObject("stock")
                                .getInt("quantity"))
                        .collect(Collectors.toSet()))
                .isEqualTo(IntStream.range(0, 12).boxed().collect(Collectors.toSet()));
        assertThat(onlyVariant(inventory(store, id)).getInt("quantity")).isZero();
    }

    @Test
    void inventoryDeltaAddsTakesAwayAndNamesItsFieldWhenRefused() {
        Api store = newStore();
        String id =
                create(store, ProductBody.named("Mug").trackedStock(3).json()).getString("id");
        String poster = create(store, ProductBody.named("Poster").json()).getString("id");
        String path = "/stores/v1/products/" + id;

        Api.Response added = store.patch(
                path, ProductBody.changes().inventoryDelta(4).name("Big mug").json());
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        JsonObject product = added.json().getJsonObject("product");
        assertThat(product.getJsonObject("stock").getInt("quantity")).isEqualTo(7);
        assertThat(product.getString("name")).isEqualTo("Big mug");
        assertThat(product.containsKey("inventoryDelta")).isFalse();

        assertError(
                store.patch(path, ProductBody.changes().inventoryDelta(-8).json()),
                409,
                "INSUFFICIENT_STOCK",
                "inventoryDelta");
        assertError(
                store.patch(
                        "/stores/v1/products/" + poster,
                        ProductBody.changes().inventoryDelta(1).json()),
                409,
                "INVENTORY_NOT_TRACKED",
                "inventoryDelta");
        assertError(
                store.patch(path, "{\"product\": {\"inventoryDelta\": 1, \"stock\": {\"quantity\": 3}}}"),
                400,
                "CONFLICTING_SELECTORS",
                "product.inventoryDelta");
        assertError(
                store.patch(path, "{\"product\": {\"inventoryDelta\": 1.5}}"),
                400,
                "INVALID_TYPE",
                "product.inventoryDelta");
        assertError(
                store.patch(path, "{\"product\": {\"inventoryDelta\": -100000000}}"),
                400,
                "OUT_OF_RANGE",
                "product.inventoryDelta");
        assertError(
                store.patch(path, "{\"product\": {\"inventoryDelta\": 1, \"revision\": \"1\"}}"),
                409,
                "STALE_REVISION",
                null);
        assertThat(onlyVariant(inventory(store, id)).getInt("quantity")).isEqualTo(7);

        assertThat(store.patch(SETTINGS, "{\"settings\": {\"allowBackorders\": true}}")
                        .status())
                .isEqualTo(200);
        Api.Response backordered =
                store.patch(path, ProductBody.changes().inventoryDelta(-8).json());
        assertThat(backordered.status()).as(backordered.body()).isEqualTo(200);
        assertThat(backordered.json().getJsonObject("product").getJsonObject("stock"))
                .isEqualTo(parse("{\"trackInventory\": true, \"quantity\": -1, \"inStock\": false}"));
    }

    @Test
    void warningLimitIsSetThroughTheProductAndRemovedWithNull() {
        Api store = newStore();
        Api.Response created =
                store.post("/stores/v1/products", "{\"product\": {\"name\": \"Lamp\", \"warningLimit\": 3}}");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String id = created.json().getJsonObject("product").getString("id");
        String path = "/stores/v1/products/" + id;
        assertThat(created.json().getJsonObject("product").getInt("warningLimit"))
                .isEqualTo(3);

        assertThat(store.patch(path, "{\"product\": {\"warningLimit\": 10}}")
                        .json()
                        .getJsonObject("product")
                        .getInt("warningLimit"))
                .isEqualTo(10);
        assertThat(store.get(path).json().getJsonObject("product").getInt("warningLimit"))
                .isEqualTo(10);
        assertThat(store.patch(path, "{\"product\": {\"name\": \"Lamp 2\"}}")
                        .json()
                        .getJsonObject("product")
                        .getInt("warningLimit"))
                .isEqualTo(10);
        assertError(
                store.patch(path, "{\"product\": {\"warningLimit\": 0}}"), 400, "OUT_OF_RANGE", "product.warningLimit");
        assertError(
                store.patch(path, "{\"product\": {\"warningLimit\": \"5\"}}"),
                400,
                "INVALID_TYPE",
                "product.warningLimit");
        assertError(
                store.post("/stores/v1/products", "{\"product\": {\"name\": \"x\", \"warningLimit\": 100000000}}"),
                400,
                "OUT_OF_RANGE",
                "product.warningLimit");

        JsonObject removed = store.patch(path, "{\"product\": {\"warningLimit\": null}}")
                .json()
                .getJsonObject("product");
        assertThat(removed.containsKey("warningLimit")).isFalse();
        assertThat(store.get(path).json().getJsonObject("product").containsKey("warningLimit"))
                .isFalse();
    }
}
