package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.product.ProductBuilder.dropDown;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.money.Discount;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The values Catalog V3 answers computed from a product's variants: price range, availability, weight range. */
class V3ReadModelTest {

    private static Product sizes() {
        return aProduct()
                .withOption(dropDown("Size", "S", "M", "L"))
                .pricedAt("10")
                .weighing("0.5")
                .managingVariants()
                .build();
    }

    private static VariantUpdate size(String size, String price, Boolean visible, Stock stock, String weight) {
        return new VariantUpdate(
                null,
                Map.of("Size", size),
                price == null ? null : new BigDecimal(price),
                null,
                weight == null ? null : new Weight(new BigDecimal(weight)),
                visible,
                stock);
    }

    private static List<Variant> variants(Product product) {
        return product.variants().page(0, Product.MAX_MANAGED_VARIANTS);
    }

    @Test
    void theActualPriceRangeSpansTheVisibleVariantsAfterTheDiscount() {
        Product product = sizes();
        product.changeDiscount(Discount.amount(new BigDecimal("1")), T1);
        product.updateVariants(List.of(size("S", "4", null, null, null), size("L", "30", false, null, null)), T1);

        PriceRange range = PriceRange.ofActualPrices(variants(product)).orElseThrow();

        assertThat(range.min().amount()).isEqualByComparingTo("3");
        assertThat(range.max().amount()).as("L is hidden: M at 10 less 1").isEqualByComparingTo("9");
        assertThat(range.min().currency().getCurrencyCode()).isEqualTo("USD");
    }

    @Test
    void aProductWithoutManagedVariantsRangesOverItsOwnPrice() {
        Product simple = aProduct().pricedAt("12.5").build();

        PriceRange range = PriceRange.ofActualPrices(variants(simple)).orElseThrow();

        assertThat(range.min()).isEqualTo(range.max());
        assertThat(range.min().amount()).isEqualByComparingTo("12.50");
    }

    @Test
    void noVisibleVariantMeansNoRange() {
        Product product = sizes();
        product.updateVariants(
                List.of(
                        size("S", null, false, null, null),
                        size("M", null, false, null, null),
                        size("L", null, false, null, null)),
                T1);

        assertThat(PriceRange.ofActualPrices(variants(product))).isEmpty();
        assertThat(WeightRange.ofVisible(variants(product))).isEmpty();
        assertThat(AvailabilityStatus.of(variants(product))).isEqualTo(AvailabilityStatus.OUT_OF_STOCK);
    }

    @Test
    void availabilityCountsTheVisibleVariantsInStock() {
        Product product = sizes();
        assertThat(AvailabilityStatus.of(variants(product))).isEqualTo(AvailabilityStatus.IN_STOCK);

        product.updateVariants(List.of(size("S", null, null, Stock.untracked(false), null)), T1);
        assertThat(AvailabilityStatus.of(variants(product))).isEqualTo(AvailabilityStatus.PARTIALLY_OUT_OF_STOCK);

        product.updateVariants(List.of(size("S", null, false, null, null)), T1);
        assertThat(AvailabilityStatus.of(variants(product)))
                .as("the hidden variant out of stock does not count")
                .isEqualTo(AvailabilityStatus.IN_STOCK);

        product.updateVariants(
                List.of(size("M", null, null, Stock.tracked(0), null), size("L", null, null, Stock.tracked(0), null)),
                T1);
        assertThat(AvailabilityStatus.of(variants(product))).isEqualTo(AvailabilityStatus.OUT_OF_STOCK);
    }

    @Test
    void aSimpleProductIsAsItsStock() {
        assertThat(AvailabilityStatus.of(
                        variants(aProduct().withStock(Stock.tracked(0)).build())))
                .isEqualTo(AvailabilityStatus.OUT_OF_STOCK);
        assertThat(AvailabilityStatus.of(
                        variants(aProduct().withStock(Stock.tracked(3)).build())))
                .isEqualTo(AvailabilityStatus.IN_STOCK);
    }

    @Test
    void theWeightRangeSpansOwnAndInheritedWeights() {
        Product product = sizes();
        product.updateVariants(List.of(size("S", null, null, null, "0.2"), size("L", null, null, null, "1.25")), T1);

        WeightRange range = WeightRange.ofVisible(variants(product)).orElseThrow();

        assertThat(range.min().value()).isEqualByComparingTo("0.2");
        assertThat(range.max().value()).isEqualByComparingTo("1.25");
    }
}
