package io.catalog.domain.application;

import io.catalog.domain.product.InventoryChange;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.product.events.InventoryLowStock;
import io.catalog.domain.product.events.InventoryVariantsChanged;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettings;
import io.catalog.domain.store.StoreSettingsRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static io.catalog.domain.shared.CatalogAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;

/** The store's backorder setting, honoured by decrements and by the product's {@code inventoryDelta}. */
class ProductServiceBackordersTest {

    private static final StoreId STORE = new StoreId("store-1");
    private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");
    private static final String DEFAULT = VariantId.DEFAULT.value();

    private final InMemoryProductRepository products = new InMemoryProductRepository();
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private final Set<StoreId> backordering = new HashSet<>();
    private ProductService service;
    private StoreSettingsService settings;

    @BeforeEach
    void setUp() {
        Transactions transactions = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        StoreSettingsRepository repository = new StoreSettingsRepository() {
            @Override
            public StoreSettings settingsOf(StoreId store) {
                return new StoreSettings(store, Currency.getInstance("USD"), "https://shop.example",
                        backordering.contains(store));
            }

            @Override
            public void saveAllowBackorders(StoreId store, boolean allow) {
                if (allow) {
                    backordering.add(store);
                } else {
                    backordering.remove(store);
                }
            }
        };
        service = new ProductService(products, repository, transactions, events, Clock.fixed(NOW, ZoneOffset.UTC));
        settings = new StoreSettingsService(repository, transactions);
    }

    @Test
    void withoutBackordersADecrementBelowZeroIsRefusedAndWithThemItGoesNegativeAndOutOfStock() {
        Product mug = tracked(2);

        assertRuleViolation(() -> decrement(mug, 3), ErrorCodes.INSUFFICIENT_STOCK)
                .hasFieldOrPropertyWithValue("field", "decrementData[0].decrementBy");
        assertThat(settings.get(STORE).allowBackorders()).isFalse();

        assertThat(settings.update(STORE, true).allowBackorders()).isTrue();
        assertThat(settings.update(STORE, null).allowBackorders()).isTrue();
        assertThat(decrement(mug, 3).stock()).isEqualTo(Stock.tracked(-1));
        assertThat(Stock.tracked(-1).inStock()).isFalse();
        assertThat(increment(mug, 1).stock()).isEqualTo(Stock.tracked(0));
        assertThat(increment(mug, 1).stock().inStock()).isTrue();

        settings.update(STORE, false);
        assertRuleViolation(() -> decrement(mug, 2), ErrorCodes.INSUFFICIENT_STOCK);
        assertThat(service.get(STORE, mug.id()).stock()).isEqualTo(Stock.tracked(1));
    }

    @Test
    void inventoryDeltaAdjustsTheCommittedQuantityUnderTheRowLock() {
        Product mug = tracked(5);
        int locksBefore = products.locked().size();

        Product updated = service.update(STORE, mug.id(), delta(-2), OptionalLong.empty());

        assertThat(updated.stock()).isEqualTo(Stock.tracked(3));
        assertThat(products.locked()).hasSize(locksBefore + 1).last().isEqualTo(mug.id());
        assertThat(events.published()).filteredOn(InventoryVariantsChanged.class::isInstance).singleElement()
                .isEqualTo(new InventoryVariantsChanged(STORE, mug.id(), mug.inventoryItemId(), List.of(
                        new InventoryChange(VariantId.DEFAULT, Stock.tracked(5), Stock.tracked(3))), NOW));
        assertThat(service.update(STORE, mug.id(), delta(7), OptionalLong.of(2)).stock()).isEqualTo(Stock.tracked(10));
    }

    @Test
    void inventoryDeltaBelowZeroIsRefusedNamingTheFieldUnlessTheStoreAllowsBackorders() {
        Product mug = tracked(1);

        assertRuleViolation(() -> service.update(STORE, mug.id(), delta(-2), OptionalLong.empty()),
                ErrorCodes.INSUFFICIENT_STOCK).hasFieldOrPropertyWithValue("field", "inventoryDelta");
        assertThat(service.get(STORE, mug.id()).stock()).isEqualTo(Stock.tracked(1));
        assertThat(events.published()).isEmpty();

        settings.update(STORE, true);
        assertThat(service.update(STORE, mug.id(), delta(-2), OptionalLong.empty()).stock())
                .isEqualTo(Stock.tracked(-1));
    }

    @Test
    void inventoryDeltaNeedsTrackedStockAndExcludesAQuantity() {
        Product poster = service.create(STORE, new CreateProductCommand("Poster", null, null, null, null, null,
                BigDecimal.ONE, null, null, null, null, null, null, null, null));
        Product mug = tracked(1);

        assertRuleViolation(() -> service.update(STORE, poster.id(), delta(1), OptionalLong.empty()),
                ErrorCodes.INVENTORY_NOT_TRACKED).hasFieldOrPropertyWithValue("field", "inventoryDelta");
        assertRuleViolation(() -> service.update(STORE, mug.id(), delta(Stock.MAX_QUANTITY), OptionalLong.empty()),
                ErrorCodes.QUANTITY_LIMIT_EXCEEDED).hasFieldOrPropertyWithValue("field", "inventoryDelta");
        assertInvalid(() -> service.update(STORE, mug.id(), delta(100_000_000), OptionalLong.empty()),
                "inventoryDelta", ErrorCodes.OUT_OF_RANGE);
        assertInvalid(() -> service.update(STORE, mug.id(), new UpdateProductCommand(null, null, null, null, null,
                        null, null, null, null, null, 4, null, null, null, null, null, 1), OptionalLong.empty()),
                "inventoryDelta", ErrorCodes.CONFLICTING_SELECTORS);
    }

    @Test
    void aBackorderedQuantityIsBelowAnyWarningLimit() {
        settings.update(STORE, true);
        Product mug = service.create(STORE, new CreateProductCommand("Mug", null, null, null, null, null,
                BigDecimal.ONE, null, null, true, 3, null, null, null, null, 1));
        events.clear();

        decrement(mug, 5);

        assertThat(events.published()).filteredOn(InventoryLowStock.class::isInstance).singleElement()
                .extracting(event -> ((InventoryLowStock) event).variants().get(0).quantity()).isEqualTo(-2);
    }

    private Product tracked(int quantity) {
        Product product = service.create(STORE, new CreateProductCommand("Mug", null, null, null, null, null,
                BigDecimal.ONE, null, null, true, quantity, null, null, null, null));
        events.clear();
        return product;
    }

    private Product decrement(Product product, int amount) {
        return service.decrementStock(STORE, List.of(new StockAdjustmentCommand(id(product), DEFAULT, amount)))
                .get(0).product();
    }

    private Product increment(Product product, int amount) {
        return service.incrementStock(STORE, List.of(new StockAdjustmentCommand(id(product), DEFAULT, amount)))
                .get(0).product();
    }

    private static String id(Product product) {
        ProductId id = product.id();
        return id.value().toString();
    }

    private static UpdateProductCommand delta(int delta) {
        return new UpdateProductCommand(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, delta);
    }
}
