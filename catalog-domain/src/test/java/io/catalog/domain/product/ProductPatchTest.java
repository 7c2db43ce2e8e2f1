package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.product.ProductBuilder.dropDown;
import static io.catalog.domain.product.ProductBuilder.optionSpecs;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static io.catalog.domain.shared.CatalogAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.money.Discount;
import io.catalog.domain.money.DiscountType;
import io.catalog.domain.product.ProductPatch.DiscountChange;
import io.catalog.domain.product.ProductPatch.StockChange;
import io.catalog.domain.product.ProductPatch.WarningLimitChange;
import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductPatchTest {

    private static ProductPatch patch(Boolean manageVariants, List<OptionSpec> options) {
        return new ProductPatch(
                null, null, null, null, null, null, null, null, null, manageVariants, options, null, null);
    }

    @Test
    void anEmptyPatchChangesNothing() {
        Product product = aProduct().withSizesAndColors().build();

        product.apply(ProductPatch.NONE, T1);

        assertThat(product.changedFields()).isEmpty();
    }

    @Test
    void theSentFieldsAreAppliedAndTheOthersLeftAsTheyAre() {
        Product product = aProduct().named("Mug").pricedAt("5").build();

        product.apply(
                new ProductPatch(
                        new ProductName("Cup"),
                        null,
                        null,
                        null,
                        null,
                        false,
                        new BigDecimal("7"),
                        new DiscountChange(DiscountType.AMOUNT, BigDecimal.ONE),
                        new StockChange(true, 3, null),
                        null,
                        null,
                        new WarningLimitChange(2),
                        Slug.parse("not-applied")),
                T1);

        assertThat(product.name()).isEqualTo(new ProductName("Cup"));
        assertThat(product.visible()).isFalse();
        assertThat(product.price().amount()).isEqualByComparingTo("7");
        assertThat(product.discount()).isEqualTo(Discount.amount(BigDecimal.ONE));
        assertThat(product.stock()).isEqualTo(Stock.tracked(3));
        assertThat(product.warningLimit()).isEqualTo(2);
        assertThat(product.slug()).isNotEqualTo(Slug.parse("not-applied"));
    }

    @Test
    void variantManagementGoesOffBeforeAndOnAfterTheOptionsAreReplaced() {
        Product managed = aProduct().withSizesAndColors().managingVariants().build();
        Product unmanaged = aProduct().build();

        // Off first: the 343 combinations are never managed.
        managed.apply(patch(false, optionSpecs(3, 7)), T1);
        assertThat(managed.manageVariants()).isFalse();
        assertThat(managed.options()).hasSize(3);

        // On after: the options of the same patch are the ones managed.
        unmanaged.apply(patch(true, List.of(dropDown("Size", "S", "M", "L"))), T1);
        assertThat(unmanaged.manageVariants()).isTrue();
        assertThat(unmanaged.variants().count()).isEqualTo(3);
    }

    @Test
    void optionsSentWithManagementMustBeManageableByThemselvesBeforeAnythingChanges() {
        Product product = aProduct().named("Mug").build();
        ProductPatch tooMany = new ProductPatch(
                new ProductName("Cup"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                optionSpecs(3, 7),
                null,
                null);

        assertInvalid(() -> product.apply(tooMany, T1), "options", ErrorCodes.TOO_MANY_VARIANTS);
        assertThat(product.name()).isEqualTo(new ProductName("Mug"));
        assertThat(product.changedFields()).isEmpty();
        // Management alone over stored options is a conflict with the product's state.
        product.apply(patch(null, optionSpecs(3, 7)), T1);
        assertRuleViolation(() -> product.apply(patch(true, null), T1), ErrorCodes.TOO_MANY_VARIANTS)
                .hasFieldOrPropertyWithValue("field", "options");
    }

    @Test
    void discountAndStockChangesApplyToTheCurrentValues() {
        Discount tenOff = Discount.amount(BigDecimal.TEN);

        assertThat(new DiscountChange(null, null).applyTo(tenOff)).isEqualTo(tenOff);
        assertThat(new DiscountChange(null, BigDecimal.ONE).applyTo(tenOff)).isEqualTo(Discount.amount(BigDecimal.ONE));
        assertThat(new DiscountChange(DiscountType.NONE, null).applyTo(tenOff)).isEqualTo(Discount.NONE);
        assertInvalid(
                        () -> new DiscountChange(null, BigDecimal.ONE).applyTo(Discount.NONE),
                        "discount.type",
                        ErrorCodes.REQUIRED)
                .hasMessage("discount.type is required when discount.value is given");

        assertThat(new StockChange(null, null, null).applyTo(Stock.tracked(4))).isEqualTo(Stock.tracked(4));
        assertThat(new StockChange(null, 7, null).applyTo(Stock.tracked(4))).isEqualTo(Stock.tracked(7));
        assertThat(new StockChange(false, null, null).applyTo(Stock.tracked(4))).isEqualTo(Stock.untracked(true));
        assertThat(new StockChange(null, null, false).applyTo(Stock.IN_STOCK)).isEqualTo(Stock.untracked(false));
        assertInvalid(
                () -> new StockChange(true, -1, null).applyTo(Stock.IN_STOCK),
                "stock.quantity",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> new StockChange(false, 3, null).applyTo(Stock.tracked(4)),
                "stock.quantity",
                ErrorCodes.NOT_ALLOWED);
    }
}
