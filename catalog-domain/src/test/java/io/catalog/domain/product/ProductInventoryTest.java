package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T0;
import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static io.catalog.domain.shared.CatalogAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.shared.ErrorCodes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductInventoryTest {

    private static final VariantId DEFAULT = VariantId.DEFAULT;

    @Test
    void decrementsAndIncrementsTheProductsTrackedQuantity() {
        Product product = aProduct().withStock(Stock.tracked(3)).build();

        assertThat(product.adjustStock(DEFAULT, -2, T1)).isEqualTo(Stock.tracked(1));
        assertThat(product.adjustStock(DEFAULT, 5, T1)).isEqualTo(Stock.tracked(6));

        assertThat(product.stock()).isEqualTo(Stock.tracked(6));
        assertThat(product.changedFields()).containsExactly("stock");
        assertThat(product.changedVariantFields()).isEmpty();
        assertThat(product.lastUpdated()).isEqualTo(T1);
    }

    @Test
    void inStockFollowsTheQuantityAtOnce() {
        Product product = aProduct().withStock(Stock.tracked(1)).build();

        product.adjustStock(DEFAULT, -1, T1);
        assertThat(product.stock().inStock()).isFalse();
        assertThat(product.variants().at(0).stock().inStock()).isFalse();

        product.adjustStock(DEFAULT, 1, T1);
        assertThat(product.stock().inStock()).isTrue();
    }

    @Test
    void neverGoesBelowZeroNorAboveTheMaximumAndChangesNothingWhenRefused() {
        Product product = aProduct().withStock(Stock.tracked(2)).build();

        assertRuleViolation(() -> product.adjustStock(DEFAULT, -3, T1), ErrorCodes.INSUFFICIENT_STOCK)
                .hasFieldOrPropertyWithValue("field", "delta")
                .hasMessageContaining("has 2 in stock");
        assertRuleViolation(
                        () -> product.adjustStock(DEFAULT, Stock.MAX_QUANTITY, T1), ErrorCodes.QUANTITY_LIMIT_EXCEEDED)
                .hasFieldOrPropertyWithValue("field", "delta");

        assertThat(product.stock()).isEqualTo(Stock.tracked(2));
        assertThat(product.hasChanges()).isFalse();
        assertThat(product.lastUpdated()).isEqualTo(T0);
        assertThat(product.adjustStock(DEFAULT, -2, T1)).isEqualTo(Stock.tracked(0));
    }

    @Test
    void untrackedStockCannotBeAdjusted() {
        Product product = aProduct().withStock(Stock.untracked(true)).build();

        assertRuleViolation(() -> product.adjustStock(DEFAULT, -1, T1), ErrorCodes.INVENTORY_NOT_TRACKED)
                .hasFieldOrPropertyWithValue("field", "variantId");
        assertThat(product.hasChanges()).isFalse();
    }

    @Test
    void unmanagedProductsAdjustTheirOwnStockThroughTheDefaultVariantOrAnyCombination() {
        Product product =
                aProduct().withSizesAndColors().withStock(Stock.tracked(5)).build();

        product.adjustStock(DEFAULT, -1, T1);
        product.adjustStock(product.variants().at(2).id(), -1, T1);

        assertThat(product.stock()).isEqualTo(Stock.tracked(3));
        assertThat(product.variants().stockOf(DEFAULT)).isEqualTo(Stock.tracked(3));
        assertInvalid(
                () -> product.adjustStock(VariantId.parse("00000000-0000-0000-0000-000000000063"), -1, T1),
                "variantId",
                ErrorCodes.UNKNOWN_VARIANT);
    }

    @Test
    void managedVariantWithInheritedStockAdjustsTheProductsStock() {
        Product product = aProduct()
                .withSizesAndColors()
                .managingVariants()
                .withStock(Stock.tracked(4))
                .build();
        VariantId first = product.variants().at(0).id();

        assertThat(product.adjustStock(first, -1, T1)).isEqualTo(Stock.tracked(3));

        assertThat(product.stock()).isEqualTo(Stock.tracked(3));
        assertThat(product.variants().at(1).stock()).isEqualTo(Stock.tracked(3));
        assertThat(product.changedFields()).containsExactly("stock");
        assertInvalid(() -> product.adjustStock(DEFAULT, -1, T1), "variantId", ErrorCodes.UNKNOWN_VARIANT);
    }

    @Test
    void managedVariantWithOwnStockAdjustsOnlyItsOwn() {
        Product product = aProduct()
                .withSizesAndColors()
                .managingVariants()
                .withStock(Stock.tracked(4))
                .build();
        VariantId first = product.variants().at(0).id();
        product.updateInventory(null, List.of(new StockUpdate(first, 1, null)), T0);
        Product loaded = Product.reconstitute(product.state());

        assertThat(loaded.adjustStock(first, -1, T1)).isEqualTo(Stock.tracked(0));

        assertThat(loaded.variants().stockOf(first)).isEqualTo(Stock.tracked(0));
        assertThat(loaded.stock()).isEqualTo(Stock.tracked(4));
        assertThat(loaded.changedFields()).containsExactly("variants");
        assertThat(loaded.changedVariantFields()).containsExactly(Map.entry(first, Set.of("stock")));
        assertRuleViolation(() -> loaded.adjustStock(first, -1, T1), ErrorCodes.INSUFFICIENT_STOCK);
    }

    @Test
    void choiceIsInStockWhileSomeVisibleVariantWithItIs() {
        Product product = aProduct()
                .withSizesAndColors()
                .managingVariants()
                .withStock(Stock.tracked(9))
                .build();
        List<VariantId> small = product.variants().matching(Map.of("Size", "S"), 0, 10).stream()
                .map(Variant::id)
                .toList();
        product.updateInventory(
                null, small.stream().map(id -> new StockUpdate(id, 1, null)).toList(), T1);

        product.adjustStock(small.get(0), -1, T1);
        assertThat(inStock(product, "Size", "S")).isTrue();
        product.adjustStock(small.get(1), -1, T1);
        assertThat(inStock(product, "Size", "S")).isFalse();
        assertThat(inStock(product, "Size", "M")).isTrue();
    }

    @Test
    void updateInventorySetsTrackingAndQuantitiesOfTheProduct() {
        Product product = aProduct().withStock(Stock.untracked(true)).build();

        product.updateInventory(true, List.of(new StockUpdate(DEFAULT, 7, null)), T1);
        assertThat(product.stock()).isEqualTo(Stock.tracked(7));
        assertThat(product.changedFields()).containsExactly("stock");

        product.updateInventory(false, List.of(), T1);
        assertThat(product.stock()).isEqualTo(Stock.untracked(true));

        product.updateInventory(null, List.of(new StockUpdate(DEFAULT, null, false)), T1);
        assertThat(product.stock()).isEqualTo(Stock.untracked(false));

        product.updateInventory(true, List.of(), T1);
        assertThat(product.stock()).isEqualTo(Stock.tracked(0));
    }

    @Test
    void updateInventoryOnManagedVariantsGivesThemOwnStockAndSwitchesTrackingForAll() {
        Product product = aProduct().withSizesAndColors().managingVariants().build();
        VariantId first = product.variants().at(0).id();
        VariantId second = product.variants().at(1).id();

        product.updateInventory(true, List.of(new StockUpdate(first, 10, null)), T1);

        assertThat(product.variants().stockOf(first)).isEqualTo(Stock.tracked(10));
        assertThat(product.variants().stockOf(second)).isEqualTo(Stock.tracked(0));
        assertThat(product.stock()).isEqualTo(Stock.tracked(0));
        assertThat(product.changedFields()).containsExactly("stock", "variants");
        assertThat(product.changedVariantFields()).containsExactly(Map.entry(first, Set.of("stock")));

        product.updateInventory(false, List.of(), T1);
        assertThat(product.variants().stockOf(first)).isEqualTo(Stock.untracked(true));
        assertThat(product.variants().stockOf(second)).isEqualTo(Stock.untracked(false));
    }

    @Test
    void updateInventoryIsAllOrNothing() {
        Product product = aProduct()
                .withSizesAndColors()
                .managingVariants()
                .withStock(Stock.tracked(2))
                .build();
        VariantId first = product.variants().at(0).id();

        assertInvalid(
                () -> product.updateInventory(
                        null, List.of(new StockUpdate(first, 5, null), new StockUpdate(first, -1, null)), T1),
                "variants[1].quantity",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> product.updateInventory(false, List.of(new StockUpdate(first, 5, null)), T1),
                "variants[0].quantity",
                ErrorCodes.NOT_ALLOWED);
        assertInvalid(
                () -> product.updateInventory(true, List.of(new StockUpdate(DEFAULT, 5, null)), T1),
                "variants[0].variantId",
                ErrorCodes.UNKNOWN_VARIANT);

        assertThat(product.hasChanges()).isFalse();
        assertThat(product.variants().stockOf(first)).isEqualTo(Stock.tracked(2));
    }

    private static boolean inStock(Product product, String option, String value) {
        return product.variants().optionViews().stream()
                .filter(view -> view.name().equals(option))
                .findFirst()
                .orElseThrow()
                .choices()
                .stream()
                .filter(choice -> choice.value().equals(value))
                .findFirst()
                .orElseThrow()
                .inStock();
    }
}
