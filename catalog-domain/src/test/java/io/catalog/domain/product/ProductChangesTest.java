package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T0;
import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.money.Discount;
import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProductChangesTest {

    @Test
    void recordsTheApiNamesOfChangedFieldsInOrder() {
        Product product = aProduct().build();

        product.rename(new ProductName("Hoodie"), T1);
        product.changeSlug(Slug.parse("hoodie"), T1);
        product.changeProductType(ProductType.DIGITAL, T1);
        product.changeDescription(Description.of("warm"), T1);
        product.changeSku(new Sku("H-1"), T1);
        product.changeWeight(new Weight(BigDecimal.ONE), T1);
        product.changeVisibility(false, T1);
        product.changePrice(new BigDecimal("30"), T1);
        product.changeDiscount(Discount.percent(BigDecimal.TEN), T1);
        product.changeStock(Stock.tracked(5), T1);

        assertThat(product.changedFields())
                .containsExactly(
                        "name",
                        "slug",
                        "productType",
                        "visibleInPos", // a digital product is not visible in point of sale
                        "description",
                        "sku",
                        "weight",
                        "visible",
                        "price",
                        "discount",
                        "stock");
        assertThat(product.lastUpdated()).isEqualTo(T1);
        assertThat(product.priceData().formattedDiscountedPrice()).isEqualTo("$27.00");
        assertThat(product.revision()).isEqualTo(1);
    }

    @Test
    void settingTheSameValueRecordsNothing() {
        Product product = aProduct().named("Mug").pricedAt("10").build();

        product.rename(new ProductName(" Mug "), T1);
        product.changePrice(new BigDecimal("10.000"), T1);
        product.changeVisibility(true, T1);
        product.changeStock(Stock.untracked(true), T1);
        product.changeManageVariants(false, T1);

        assertThat(product.hasChanges()).isFalse();
        assertThat(product.lastUpdated()).isEqualTo(T0);
    }

    @Test
    void invalidChangesChangeNothing() {
        Product product = aProduct().build();

        assertInvalid(() -> product.changePrice(new BigDecimal("-1"), T1), "price", ErrorCodes.OUT_OF_RANGE);
        assertInvalid(() -> product.rename(null, T1), "name", ErrorCodes.REQUIRED);

        assertThat(product.price().amount()).isEqualByComparingTo("10");
        assertThat(product.hasChanges()).isFalse();
    }

    @Test
    void changedFieldsCannotBeModifiedFromOutside() {
        Product product = aProduct().build();
        product.rename(new ProductName("Other"), T1);

        assertThat(product.changedFields()).isUnmodifiable();
    }
}
