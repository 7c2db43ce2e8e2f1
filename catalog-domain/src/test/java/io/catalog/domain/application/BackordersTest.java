package io.catalog.domain.application;

import static io.catalog.domain.application.ProductCommandTestData.aNewProduct;
import static io.catalog.domain.application.ProductCommandTestData.aTrackedMug;
import static io.catalog.domain.application.ProductCommandTestData.anAdjustment;
import static io.catalog.domain.application.ProductCommandTestData.anUpdate;
import static io.catalog.domain.application.ProductUseCases.NOW;
import static io.catalog.domain.application.ProductUseCases.STORE;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static io.catalog.domain.shared.CatalogAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.InventoryChange;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.product.events.InventoryLowStock;
import io.catalog.domain.product.events.InventoryVariantsChanged;
import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The store's backorder setting, honoured by decrements and by the product's {@code inventoryDelta}. */
class BackordersTest {

    private static final String DEFAULT = VariantId.DEFAULT.value();

    private final ProductUseCases app = new ProductUseCases("USD");
    private final InMemoryProductRepository products = app.products;
    private final RecordingEventPublisher events = app.events;
    private final UpdateProductService service = app.updates;
    private final StoreSettingsService settings = app.storeSettings;

    @Test
    void withoutBackordersADecrementBelowZeroIsRefusedAndWithThemItGoesNegativeAndOutOfStock() {
        Product mug = tracked(2);

        assertRuleViolation(() -> decrement(mug, 3), ErrorCodes.INSUFFICIENT_STOCK)
                .hasFieldOrPropertyWithValue("field", "items[0].amount");
        assertThat(settings.get(STORE).allowBackorders()).isFalse();

        assertThat(settings.update(STORE, true).allowBackorders()).isTrue();
        assertThat(settings.update(STORE, null).allowBackorders()).isTrue();
        assertThat(decrement(mug, 3).stock()).isEqualTo(Stock.tracked(-1));
        assertThat(Stock.tracked(-1).inStock()).isFalse();
        assertThat(increment(mug, 1).stock()).isEqualTo(Stock.tracked(0));
        assertThat(increment(mug, 1).stock().inStock()).isTrue();

        settings.update(STORE, false);
        assertRuleViolation(() -> decrement(mug, 2), ErrorCodes.INSUFFICIENT_STOCK);
        assertThat(app.reading.get(STORE, mug.id()).stock()).isEqualTo(Stock.tracked(1));
    }

    @Test
    void inventoryDeltaAdjustsTheCommittedQuantityUnderTheRowLock() {
        Product mug = tracked(5);
        int locksBefore = products.locked().size();

        Product updated = service.update(STORE, mug.id(), delta(-2), OptionalLong.empty());

        assertThat(updated.stock()).isEqualTo(Stock.tracked(3));
        assertThat(products.locked()).hasSize(locksBefore + 1).last().isEqualTo(mug.id());
        assertThat(events.published())
                .filteredOn(InventoryVariantsChanged.class::isInstance)
                .singleElement()
                .isEqualTo(new InventoryVariantsChanged(
                        STORE,
                        mug.id(),
                        mug.inventoryItemId(),
                        List.of(new InventoryChange(VariantId.DEFAULT, Stock.tracked(5), Stock.tracked(3))),
                        NOW));
        assertThat(service.update(STORE, mug.id(), delta(7), OptionalLong.of(2)).stock())
                .isEqualTo(Stock.tracked(10));
    }

    @Test
    void inventoryDeltaBelowZeroIsRefusedNamingTheFieldUnlessTheStoreAllowsBackorders() {
        Product mug = tracked(1);

        assertRuleViolation(
                        () -> service.update(STORE, mug.id(), delta(-2), OptionalLong.empty()),
                        ErrorCodes.INSUFFICIENT_STOCK)
                .hasFieldOrPropertyWithValue("field", "inventoryDelta");
        assertThat(app.reading.get(STORE, mug.id()).stock()).isEqualTo(Stock.tracked(1));
        assertThat(events.published()).isEmpty();

        settings.update(STORE, true);
        assertThat(service.update(STORE, mug.id(), delta(-2), OptionalLong.empty())
                        .stock())
                .isEqualTo(Stock.tracked(-1));
    }

    @Test
    void inventoryDeltaNeedsTrackedStockAndExcludesAQuantity() {
        Product poster = app.creation.create(
                STORE, aNewProduct("Poster").withPrice(BigDecimal.ONE).build());
        Product mug = tracked(1);

        assertRuleViolation(
                        () -> service.update(STORE, poster.id(), delta(1), OptionalLong.empty()),
                        ErrorCodes.INVENTORY_NOT_TRACKED)
                .hasFieldOrPropertyWithValue("field", "inventoryDelta");
        assertRuleViolation(
                        () -> service.update(STORE, mug.id(), delta(Stock.MAX_QUANTITY), OptionalLong.empty()),
                        ErrorCodes.QUANTITY_LIMIT_EXCEEDED)
                .hasFieldOrPropertyWithValue("field", "inventoryDelta");
        assertInvalid(
                () -> service.update(STORE, mug.id(), delta(100_000_000), OptionalLong.empty()),
                "inventoryDelta",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> service.update(
                        STORE,
                        mug.id(),
                        anUpdate().withQuantity(4).withInventoryDelta(1).build(),
                        OptionalLong.empty()),
                "inventoryDelta",
                ErrorCodes.CONFLICTING_SELECTORS);
    }

    @Test
    void aBackorderedQuantityIsBelowAnyWarningLimit() {
        settings.update(STORE, true);
        Product mug =
                app.creation.create(STORE, aTrackedMug(3).withWarningLimit(1).build());
        events.clear();

        decrement(mug, 5);

        assertThat(events.published())
                .filteredOn(InventoryLowStock.class::isInstance)
                .singleElement()
                .extracting(
                        event -> ((InventoryLowStock) event).variants().get(0).quantity())
                .isEqualTo(-2);
    }

    private Product tracked(int quantity) {
        Product product = app.creation.create(STORE, aTrackedMug(quantity).build());
        events.clear();
        return product;
    }

    private Product decrement(Product product, int amount) {
        return app.stock
                .decrementStock(STORE, List.of(anAdjustment(product, DEFAULT, amount)))
                .get(0)
                .product();
    }

    private Product increment(Product product, int amount) {
        return app.stock
                .incrementStock(STORE, List.of(anAdjustment(product, DEFAULT, amount)))
                .get(0)
                .product();
    }

    private static UpdateProduct delta(int delta) {
        return anUpdate().withInventoryDelta(delta).build();
    }
}
