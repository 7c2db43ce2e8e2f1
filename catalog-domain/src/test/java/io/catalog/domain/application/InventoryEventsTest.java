package io.catalog.domain.application;

import static io.catalog.domain.application.ProductCommandTestData.aNewProduct;
import static io.catalog.domain.application.ProductCommandTestData.anAdjustment;
import static io.catalog.domain.application.ProductCommandTestData.anOption;
import static io.catalog.domain.application.ProductCommandTestData.anUpdate;
import static io.catalog.domain.application.ProductUseCases.NOW;
import static io.catalog.domain.application.ProductUseCases.STORE;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.events.DomainEvent;
import io.catalog.domain.product.InventoryChange;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.StockUpdate;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.product.events.InventoryLowStock;
import io.catalog.domain.product.events.InventoryLowStock.LowVariant;
import io.catalog.domain.product.events.InventoryVariantsChanged;
import io.catalog.domain.product.events.ProductChanged;
import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Inventory events of every stock change, and the warning limit's low-stock event. */
class InventoryEventsTest {

    private static final String DEFAULT = VariantId.DEFAULT.value();

    private final ProductUseCases app = new ProductUseCases("USD");
    private final RecordingEventPublisher events = app.events;
    private final UpdateProductService service = app.updates;

    @Test
    void aQuantityFallingToTheLimitIsAnnouncedOnceUntilItRisesAboveAgain() {
        Product mug = create(true, 10, 5);

        decrement(mug, 4); // 6: above
        assertThat(lowStockEvents()).isEmpty();
        decrement(mug, 1); // 5: at the limit
        assertThat(lowStockEvents())
                .containsExactly(new InventoryLowStock(
                        STORE, mug.id(), mug.inventoryItemId(), 5, List.of(new LowVariant(VariantId.DEFAULT, 5)), NOW));
        decrement(mug, 2); // 3: still below, nothing new
        increment(mug, 1); // 4
        assertThat(lowStockEvents()).isEmpty();
        increment(mug, 4); // 8: above again
        assertThat(lowStockEvents()).isEmpty();
        decrement(mug, 8); // 0: falls again
        assertThat(lowStockEvents())
                .singleElement()
                .extracting(InventoryLowStock::variants)
                .isEqualTo(List.of(new LowVariant(VariantId.DEFAULT, 0)));
    }

    @Test
    void everyStockChangeIsAnInventoryEventAfterTheProductEvent() {
        Product mug = create(true, 10, null);

        service.update(STORE, mug.id(), stockUpdate(null, 7), OptionalLong.empty());

        assertThat(events.published())
                .containsExactly(
                        new ProductChanged(STORE, mug.id(), List.of("stock"), NOW),
                        new InventoryVariantsChanged(
                                STORE,
                                mug.id(),
                                mug.inventoryItemId(),
                                List.of(new InventoryChange(VariantId.DEFAULT, Stock.tracked(10), Stock.tracked(7))),
                                NOW));
        assertThat(new InventoryChange(VariantId.DEFAULT, Stock.tracked(10), Stock.tracked(7)).changedFields())
                .containsExactly("quantity");
        assertThat(new InventoryChange(VariantId.DEFAULT, Stock.IN_STOCK, Stock.tracked(0)).changedFields())
                .containsExactly("trackQuantity", "quantity", "inStock");
        events.clear();

        service.update(STORE, mug.id(), anUpdate().withName("Cup").build(), OptionalLong.empty());
        assertThat(events.published()).containsExactly(new ProductChanged(STORE, mug.id(), List.of("name"), NOW));
    }

    @Test
    void theLimitIsSetChangedAndRemovedThroughTheProductAndSettingItAnnouncesNothing() {
        Product mug = create(true, 3, null);

        Product limited = service.update(STORE, mug.id(), limitUpdate(Optional.of(5)), OptionalLong.empty());

        assertThat(limited.warningLimit()).isEqualTo(5);
        assertThat(events.published())
                .containsExactly(new ProductChanged(STORE, mug.id(), List.of("warningLimit"), NOW));
        events.clear();
        decrement(mug, 1); // 3 -> 2: was already below when the limit was set
        assertThat(lowStockEvents()).isEmpty();

        assertThat(service.update(STORE, mug.id(), limitUpdate(Optional.empty()), OptionalLong.empty())
                        .warningLimit())
                .isNull();
        assertInvalid(
                () -> service.update(STORE, mug.id(), limitUpdate(Optional.of(0)), OptionalLong.empty()),
                "warningLimit",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> app.creation.create(
                        STORE, aNewProduct("Mug").withWarningLimit(-1).build()),
                "warningLimit",
                ErrorCodes.OUT_OF_RANGE);
    }

    @Test
    void startingToTrackAtOrBelowTheLimitIsAFallFromUnlimitedStock() {
        Product poster = create(null, null, 5);

        service.update(STORE, poster.id(), stockUpdate(true, 2), OptionalLong.empty());

        assertThat(lowStockEvents())
                .singleElement()
                .extracting(InventoryLowStock::variants)
                .isEqualTo(List.of(new LowVariant(VariantId.DEFAULT, 2)));
    }

    @Test
    void managedVariantsWithStockOfTheirOwnFallOneByOne() {
        Product shirt = app.creation.create(
                STORE,
                aNewProduct("Shirt")
                        .withPrice(BigDecimal.ONE)
                        .withManageVariants(true)
                        .withOptions(List.of(anOption("Size", null, "S", "M")))
                        .withWarningLimit(2)
                        .build());
        VariantId small = shirt.variants().at(0).id();
        VariantId medium = shirt.variants().at(1).id();
        app.stock.updateInventory(
                STORE, shirt.id(), true, List.of(new StockUpdate(small, 4, null), new StockUpdate(medium, 4, null)));
        events.clear();

        app.stock.decrementStock(STORE, List.of(anAdjustment(shirt, small.value(), 2)));

        assertThat(events.published())
                .filteredOn(InventoryVariantsChanged.class::isInstance)
                .singleElement()
                .isEqualTo(new InventoryVariantsChanged(
                        STORE,
                        shirt.id(),
                        shirt.inventoryItemId(),
                        List.of(new InventoryChange(small, Stock.tracked(4), Stock.tracked(2))),
                        NOW));
        assertThat(lowStockEvents())
                .singleElement()
                .extracting(InventoryLowStock::variants)
                .isEqualTo(List.of(new LowVariant(small, 2)));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private Product create(Boolean track, Integer quantity, Integer warningLimit) {
        Product product = app.creation.create(
                STORE,
                aNewProduct("Mug")
                        .withPrice(BigDecimal.ONE)
                        .withTrackInventory(track)
                        .withQuantity(quantity)
                        .withWarningLimit(warningLimit)
                        .build());
        events.clear();
        return product;
    }

    private void decrement(Product product, int amount) {
        app.stock.decrementStock(STORE, List.of(anAdjustment(product, DEFAULT, amount)));
    }

    private void increment(Product product, int amount) {
        app.stock.incrementStock(STORE, List.of(anAdjustment(product, DEFAULT, amount)));
    }

    /** The low-stock events published since the last call. */
    private List<InventoryLowStock> lowStockEvents() {
        List<DomainEvent> published = events.published();
        events.clear();
        return published.stream()
                .filter(InventoryLowStock.class::isInstance)
                .map(InventoryLowStock.class::cast)
                .toList();
    }

    private static UpdateProduct stockUpdate(Boolean track, Integer quantity) {
        return anUpdate().withTrackInventory(track).withQuantity(quantity).build();
    }

    private static UpdateProduct limitUpdate(Optional<Integer> limit) {
        return anUpdate().withWarningLimit(limit).build();
    }
}
