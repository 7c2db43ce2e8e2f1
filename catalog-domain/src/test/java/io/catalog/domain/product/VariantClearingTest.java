package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.money.Discount;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Removing a variant's SKU, barcode, cost and compare-at price through a variant write. */
class VariantClearingTest {

    private static VariantWrite full(Map<String, String> choices, String price, String cost) {
        return new VariantWrite(
                choices,
                new BigDecimal(price),
                "SKU-" + price,
                null,
                null,
                new BigDecimal("20"),
                new BigDecimal(cost),
                "BAR-" + price);
    }

    private static VariantWrite clearing(Map<String, String> choices, String... values) {
        return new VariantWrite(choices, null, null, null, null, null, null, null, Set.of(values));
    }

    @Test
    void theValuesOfAProductWithoutOptionsAreRemoved() {
        Product product = aProduct().build();
        product.writeVariants(List.of(full(Map.of(), "15", "6")), T1);
        assertThat(product.variants().page(0, 1).get(0).cost()).isNotNull();

        product.writeVariants(
                List.of(clearing(
                        Map.of(),
                        VariantWrite.SKU,
                        VariantWrite.BARCODE,
                        VariantWrite.COST,
                        VariantWrite.COMPARE_AT_PRICE)),
                T1);

        Variant variant = product.variants().page(0, 1).get(0);
        assertThat(variant.cost()).isNull();
        assertThat(variant.barcode()).isNull();
        assertThat(variant.sku()).isEqualTo(Sku.NONE);
        // what a buyer paid stays, undiscounted
        assertThat(product.price().amount()).isEqualByComparingTo("15");
        assertThat(product.discount()).isEqualTo(Discount.NONE);
        assertThat(PriceRange.compareAtPrice(variant)).isEmpty();
        assertThat(product.changedFields()).contains("cost", "barcode", "sku", "price", "discount");
    }

    @Test
    void aManagedVariantLosesItsValuesAndTheOthersKeepTheirCost() {
        Product product =
                aProduct().withOption(ProductBuilder.dropDown("Size", "S", "L")).build();
        product.changeCost(
                new io.catalog.domain.money.Money(
                        new BigDecimal("3"), product.price().currency()),
                T1);
        product.writeVariants(
                List.of(
                        full(Map.of("Size", "S"), "15", "6"),
                        new VariantWrite(Map.of("Size", "L"), new BigDecimal("9"), null, null, null)),
                T1);
        assertThat(product.manageVariants()).isTrue();
        assertThat(product.variants().page(0, 2).get(1).cost().amount()).isEqualByComparingTo("3");

        product.writeVariants(
                List.of(
                        clearing(
                                Map.of("Size", "S"),
                                VariantWrite.COST,
                                VariantWrite.BARCODE,
                                VariantWrite.SKU,
                                VariantWrite.COMPARE_AT_PRICE),
                        clearing(Map.of("Size", "L"))),
                T1);

        List<Variant> variants = product.variants().page(0, 2);
        assertThat(variants.get(0).cost()).isNull();
        assertThat(variants.get(0).barcode()).isNull();
        assertThat(variants.get(0).sku()).isEqualTo(Sku.NONE);
        assertThat(PriceRange.actualPrice(variants.get(0)).amount()).isEqualByComparingTo("15");
        assertThat(PriceRange.compareAtPrice(variants.get(0))).isEmpty();
        // the product's cost goes, and the variant that inherited it keeps it as its own
        assertThat(product.merchantData().cost()).isNull();
        assertThat(variants.get(1).cost().amount()).isEqualByComparingTo("3");
    }

    @Test
    void aWriteClearsOnlyWhatItDoesNotSend() {
        VariantWrite write = new VariantWrite(Map.of(), null, "A", null, null, null, null, null)
                .clearing(Set.of(VariantWrite.SKU, VariantWrite.BARCODE));

        assertThat(write.cleared()).containsExactly(VariantWrite.BARCODE);
    }
}
