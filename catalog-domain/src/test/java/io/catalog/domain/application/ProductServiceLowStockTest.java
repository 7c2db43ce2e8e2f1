package io.catalog.domain.application;

import io.catalog.domain.events.DomainEvent;
import io.catalog.domain.product.InventoryChange;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.product.events.InventoryLowStock;
import io.catalog.domain.product.events.InventoryLowStock.LowVariant;
import io.catalog.domain.product.events.InventoryVariantsChanged;
import io.catalog.domain.product.events.ProductChanged;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/** Inventory events of every stock change, and the warning limit's low-stock event. */
class ProductServiceLowStockTest {

    private static final StoreId STORE = new StoreId("store-1");
    private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");
    private static final String DEFAULT = VariantId.DEFAULT.value();

    private final InMemoryProductRepository products = new InMemoryProductRepository();
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private ProductService service;

    @BeforeEach
    void setUp() {
        Transactions transactions = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        service = new ProductService(products,
                store -> new StoreSettings(store, Currency.getInstance("USD"), "https://shop.example"),
                transactions, events, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aQuantityFallingToTheLimitIsAnnouncedOnceUntilItRisesAboveAgain() {
        Product mug = create(true, 10, 5);

        decrement(mug, 4); // 6: above
        assertThat(lowStockEvents()).isEmpty();
        decrement(mug, 1); // 5: at the limit
        assertThat(lowStockEvents()).containsExactly(new InventoryLowStock(STORE, mug.id(), mug.inventoryItemId(), 5,
                List.of(new LowVariant(VariantId.DEFAULT, 5)), NOW));
        decrement(mug, 2); // 3: still below, nothing new
        increment(mug, 1); // 4
        assertThat(lowStockEvents()).isEmpty();
        increment(mug, 4); // 8: above again
        assertThat(lowStockEvents()).isEmpty();
        decrement(mug, 8); // 0: falls again
        assertThat(lowStockEvents()).singleElement().extracting(InventoryLowStock::variants)
                .isEqualTo(List.of(new LowVariant(VariantId.DEFAULT, 0)));
    }

    @Test
    void everyStockChangeIsAnInventoryEventAfterTheProductEvent() {
        Product mug = create(true, 10, null);

        service.update(STORE, mug.id(), stockUpdate(null, 7), OptionalLong.empty());

        assertThat(events.published()).containsExactly(
                new ProductChanged(STORE, mug.id(), List.of("stock"), NOW),
                new InventoryVariantsChanged(STORE, mug.id(), mug.inventoryItemId(), List.of(
                        new InventoryChange(VariantId.DEFAULT, Stock.tracked(10), Stock.tracked(7))), NOW));
        assertThat(new InventoryChange(VariantId.DEFAULT, Stock.tracked(10), Stock.tracked(7)).changedFields())
                .containsExactly("quantity");
        assertThat(new InventoryChange(VariantId.DEFAULT, Stock.IN_STOCK, Stock.tracked(0)).changedFields())
                .containsExactly("trackQuantity", "quantity", "inStock");
        events.clear();

        service.update(STORE, mug.id(), new UpdateProductCommand("Cup", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null), OptionalLong.empty());
        assertThat(events.published()).containsExactly(new ProductChanged(STORE, mug.id(), List.of("name"), NOW));
    }

    @Test
    void theLimitIsSetChangedAndRemovedThroughTheProductAndSettingItAnnouncesNothing() {
        Product mug = create(true, 3, null);

        Product limited = service.update(STORE, mug.id(), limitUpdate(Optional.of(5)), OptionalLong.empty());

        assertThat(limited.warningLimit()).isEqualTo(5);
        assertThat(events.published()).containsExactly(new ProductChanged(STORE, mug.id(), List.of("warningLimit"), NOW));
        events.clear();
        decrement(mug, 1); // 3 -> 2: was already below when the limit was set
        assertThat(lowStockEvents()).isEmpty();

        assertThat(service.update(STORE, mug.id(), limitUpdate(Optional.empty()), OptionalLong.empty()).warningLimit())
                .isNull();
        assertInvalid(() -> service.update(STORE, mug.id(), limitUpdate(Optional.of(0)), OptionalLong.empty()),
                "warningLimit", ErrorCodes.OUT_OF_RANGE);
        assertInvalid(() -> service.create(STORE, new CreateProductCommand("Mug", null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, -1)), "warningLimit", ErrorCodes.OUT_OF_RANGE);
    }

    @Test
    void startingToTrackAtOrBelowTheLimitIsAFallFromUnlimitedStock() {
        Product poster = create(null, null, 5);

        service.update(STORE, poster.id(), stockUpdate(true, 2), OptionalLong.empty());

        assertThat(lowStockEvents()).singleElement().extracting(InventoryLowStock::variants)
                .isEqualTo(List.of(new LowVariant(VariantId.DEFAULT, 2)));
    }

    @Test
    void managedVariantsWithStockOfTheirOwnFallOneByOne() {
        Product shirt = service.create(STORE, new CreateProductCommand("Shirt", null, null, null, null, null,
                BigDecimal.ONE, null, null, null, null, null, true, List.of(new OptionCommand("Size", null,
                List.of(new ChoiceCommand("S", null), new ChoiceCommand("M", null)))), null, 2));
        VariantId small = shirt.variantAt(0).id();
        VariantId medium = shirt.variantAt(1).id();
        service.updateInventory(STORE, shirt.id(), new InventoryUpdateCommand(true, List.of(
                new InventoryUpdateCommand.VariantStockCommand(small.value(), 4, null),
                new InventoryUpdateCommand.VariantStockCommand(medium.value(), 4, null))));
        events.clear();

        service.decrementStock(STORE, List.of(new StockAdjustmentCommand(shirt.id().toString(), small.value(), 2)));

        assertThat(events.published()).filteredOn(InventoryVariantsChanged.class::isInstance).singleElement()
                .isEqualTo(new InventoryVariantsChanged(STORE, shirt.id(), shirt.inventoryItemId(), List.of(
                        new InventoryChange(small, Stock.tracked(4), Stock.tracked(2))), NOW));
        assertThat(lowStockEvents()).singleElement().extracting(InventoryLowStock::variants)
                .isEqualTo(List.of(new LowVariant(small, 2)));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private Product create(Boolean track, Integer quantity, Integer warningLimit) {
        Product product = service.create(STORE, new CreateProductCommand("Mug", null, null, null, null, null,
                BigDecimal.ONE, null, null, track, quantity, null, null, null, null, warningLimit));
        events.clear();
        return product;
    }

    private void decrement(Product product, int amount) {
        service.decrementStock(STORE, List.of(new StockAdjustmentCommand(product.id().toString(), DEFAULT, amount)));
    }

    private void increment(Product product, int amount) {
        service.incrementStock(STORE, List.of(new StockAdjustmentCommand(product.id().toString(), DEFAULT, amount)));
    }

    /** The low-stock events published since the last call. */
    private List<InventoryLowStock> lowStockEvents() {
        List<DomainEvent> published = events.published();
        events.clear();
        return published.stream().filter(InventoryLowStock.class::isInstance).map(InventoryLowStock.class::cast)
                .toList();
    }

    private static UpdateProductCommand stockUpdate(Boolean track, Integer quantity) {
        return new UpdateProductCommand(null, null, null, null, null, null, null, null, null, track, quantity, null,
                null, null, null);
    }

    private static UpdateProductCommand limitUpdate(Optional<Integer> limit) {
        return new UpdateProductCommand(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, limit, null);
    }
}
