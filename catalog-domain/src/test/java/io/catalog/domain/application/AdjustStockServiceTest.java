package io.catalog.domain.application;

import static io.catalog.domain.application.ProductCommandTestData.aNewProduct;
import static io.catalog.domain.application.ProductCommandTestData.aTrackedMug;
import static io.catalog.domain.application.ProductCommandTestData.anAdjustment;
import static io.catalog.domain.application.ProductCommandTestData.anOption;
import static io.catalog.domain.application.ProductUseCases.NOW;
import static io.catalog.domain.application.ProductUseCases.OTHER_STORE;
import static io.catalog.domain.application.ProductUseCases.STORE;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static io.catalog.domain.shared.CatalogAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.product.InventoryChange;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductNotFoundException;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.StockUpdate;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.product.events.InventoryVariantsChanged;
import io.catalog.domain.product.events.ProductChanged;
import io.catalog.domain.product.events.VariantsChanged;
import io.catalog.domain.product.events.VariantsChanged.VariantChange;
import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AdjustStockServiceTest {

    private static final String DEFAULT = VariantId.DEFAULT.value();

    private final ProductUseCases app = new ProductUseCases("USD");
    private final InMemoryProductRepository products = app.products;
    private final RecordingEventPublisher events = app.events;
    private final AdjustStockService service = app.stock;

    private Product tracked(int quantity) {
        Product product = app.creation.create(STORE, aTrackedMug(quantity).build());
        events.clear();
        return product;
    }

    private Product untracked() {
        Product product = app.creation.create(
                STORE, aNewProduct("Poster").withPrice(BigDecimal.ONE).build());
        events.clear();
        return product;
    }

    private static StockAdjustment item(Product product, String variantId, int amount) {
        return anAdjustment(product, variantId, amount);
    }

    private Stock stockOf(Product product) {
        return app.reading.get(STORE, product.id()).stock();
    }

    @Test
    void decrementsReportTheResultAndPublishTheStockChange() {
        Product mug = tracked(5);

        List<AdjustedStock> result = service.decrementStock(STORE, List.of(item(mug, DEFAULT, 2)));

        assertThat(result).singleElement().satisfies(adjusted -> {
            assertThat(adjusted.product().stock()).isEqualTo(Stock.tracked(3));
            assertThat(adjusted.product().revision()).isEqualTo(2);
            assertThat(adjusted.variantIds()).containsExactly(VariantId.DEFAULT);
        });
        assertThat(stockOf(mug)).isEqualTo(Stock.tracked(3));
        assertThat(events.published())
                .containsExactly(
                        new ProductChanged(STORE, mug.id(), List.of("stock"), NOW),
                        new InventoryVariantsChanged(
                                STORE,
                                mug.id(),
                                mug.inventoryItemId(),
                                List.of(new InventoryChange(VariantId.DEFAULT, Stock.tracked(5), Stock.tracked(3))),
                                NOW));
    }

    @Test
    void itemsOfOneCallApplyInOrderAndTogetherOrNotAtAll() {
        Product mug = tracked(5);
        Product cup = tracked(1);

        assertRuleViolation(
                        () -> service.decrementStock(
                                STORE, List.of(item(mug, DEFAULT, 4), item(cup, DEFAULT, 1), item(mug, DEFAULT, 2))),
                        ErrorCodes.INSUFFICIENT_STOCK)
                .hasFieldOrPropertyWithValue("field", "items[2].amount");
        assertThat(stockOf(mug)).isEqualTo(Stock.tracked(5));
        assertThat(stockOf(cup)).isEqualTo(Stock.tracked(1));
        assertThat(events.published()).isEmpty();

        List<AdjustedStock> result = service.decrementStock(
                STORE, List.of(item(mug, DEFAULT, 4), item(cup, DEFAULT, 1), item(mug, DEFAULT, 1)));

        assertThat(result).extracting(adjusted -> adjusted.product().id()).containsExactly(mug.id(), cup.id());
        assertThat(result)
                .extracting(adjusted -> adjusted.product().stock())
                .containsExactly(Stock.tracked(0), Stock.tracked(0));
        assertThat(products.updateCalls()).isEqualTo(2);
    }

    @Test
    void locksEachProductOnceInIdOrder() {
        List<Product> mugs = IntStream.range(0, 4).mapToObj(i -> tracked(10)).toList();
        List<Product> shuffled = new java.util.ArrayList<>(mugs);
        Collections.reverse(shuffled);

        service.incrementStock(
                STORE, shuffled.stream().map(mug -> item(mug, DEFAULT, 1)).toList());
        service.incrementStock(STORE, List.of(item(mugs.get(0), DEFAULT, 1), item(mugs.get(0), DEFAULT, 1)));

        List<ProductId> sorted = mugs.stream()
                .map(Product::id)
                .sorted(Comparator.comparing(ProductId::value))
                .toList();
        assertThat(products.locked())
                .containsExactlyElementsOf(java.util.stream.Stream.concat(
                                sorted.stream(),
                                java.util.stream.Stream.of(mugs.get(0).id()))
                        .toList());
        assertThat(stockOf(mugs.get(0))).isEqualTo(Stock.tracked(13));
    }

    @Test
    void refusesUntrackedStockAndAddressesEveryErrorToItsItem() {
        Product mug = tracked(5);
        Product poster = untracked();

        assertRuleViolation(
                        () -> service.incrementStock(STORE, List.of(item(mug, DEFAULT, 1), item(poster, DEFAULT, 1))),
                        ErrorCodes.INVENTORY_NOT_TRACKED)
                .hasFieldOrPropertyWithValue("field", "items[1].variantId");
        assertRuleViolation(
                        () -> service.incrementStock(STORE, List.of(item(mug, DEFAULT, Stock.MAX_QUANTITY))),
                        ErrorCodes.QUANTITY_LIMIT_EXCEEDED)
                .hasFieldOrPropertyWithValue("field", "items[0].amount");
        assertInvalid(() -> item(mug, DEFAULT, 0), "amount", ErrorCodes.OUT_OF_RANGE);
        assertInvalid(() -> StockAdjustment.of(mug.id(), VariantId.DEFAULT, null), "amount", ErrorCodes.REQUIRED);
        assertInvalid(
                () -> service.decrementStock(STORE, List.of(item(mug, "00000000-0000-0000-0000-000000000001", 1))),
                "items[0].variantId",
                ErrorCodes.UNKNOWN_VARIANT);
        assertInvalid(() -> service.decrementStock(STORE, List.of()), "items", ErrorCodes.REQUIRED);
        assertInvalid(() -> AdjustStockService.requireItemCount(null), "items", ErrorCodes.REQUIRED);
        assertInvalid(
                () -> service.decrementStock(STORE, Collections.nCopies(101, item(mug, DEFAULT, 1))),
                "items",
                ErrorCodes.OUT_OF_RANGE);
        assertThat(stockOf(mug)).isEqualTo(Stock.tracked(5));
        assertThat(events.published()).isEmpty();
    }

    @Test
    void productsOfOtherStoresAreNotFound() {
        Product mug = tracked(5);

        assertThatThrownBy(() -> service.decrementStock(OTHER_STORE, List.of(item(mug, DEFAULT, 1))))
                .isInstanceOf(ProductNotFoundException.class);
        assertThatThrownBy(() -> service.updateInventory(OTHER_STORE, mug.id(), false, List.of()))
                .isInstanceOf(ProductNotFoundException.class);
    }

    @Test
    void updateInventoryOfManagedVariantsPublishesVariantStockChanges() {
        Product shirt = app.creation.create(
                STORE,
                aNewProduct("Shirt")
                        .withPrice(BigDecimal.ONE)
                        .withManageVariants(true)
                        .withOptions(List.of(anOption("Size", null, "S", "M")))
                        .build());
        VariantId small = shirt.variants().at(0).id();
        events.clear();

        Product updated = service.updateInventory(STORE, shirt.id(), true, List.of(new StockUpdate(small, 3, null)));

        assertThat(updated.variants().stockOf(small)).isEqualTo(Stock.tracked(3));
        VariantId medium = shirt.variants().at(1).id();
        assertThat(events.published())
                .containsExactly(
                        new ProductChanged(STORE, shirt.id(), List.of("stock", "variants"), NOW),
                        new VariantsChanged(
                                STORE,
                                shirt.id(),
                                List.of(new VariantChange(
                                        small, shirt.variants().at(0).choices(), List.of("stock"))),
                                NOW),
                        // M inherits the product's stock, which became tracked (at 0) too
                        new InventoryVariantsChanged(
                                STORE,
                                shirt.id(),
                                shirt.inventoryItemId(),
                                List.of(
                                        new InventoryChange(small, Stock.IN_STOCK, Stock.tracked(3)),
                                        new InventoryChange(medium, Stock.IN_STOCK, Stock.tracked(0))),
                                NOW));
        events.clear();

        service.decrementStock(STORE, List.of(item(shirt, small.value(), 3)));
        assertThat(events.published())
                .containsExactly(
                        new ProductChanged(STORE, shirt.id(), List.of("variants"), NOW),
                        new VariantsChanged(
                                STORE,
                                shirt.id(),
                                List.of(new VariantChange(
                                        small, shirt.variants().at(0).choices(), List.of("stock"))),
                                NOW),
                        new InventoryVariantsChanged(
                                STORE,
                                shirt.id(),
                                shirt.inventoryItemId(),
                                List.of(new InventoryChange(small, Stock.tracked(3), Stock.tracked(0))),
                                NOW));
        assertThat(app.reading.get(STORE, shirt.id()).variants().at(0).stock()).isEqualTo(Stock.tracked(0));
        assertInvalid(
                () -> service.updateInventory(
                        STORE,
                        shirt.id(),
                        null,
                        List.of(new StockUpdate(VariantId.parse("00000000-0000-0000-0000-000000000009"), 1, null))),
                "variants[0].variantId",
                ErrorCodes.UNKNOWN_VARIANT);
    }
}
