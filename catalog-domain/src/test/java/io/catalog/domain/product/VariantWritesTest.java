package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.money.Discount;
import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantWritesTest {

    private static final List<String> SIZES = List.of("S", "M", "L");
    private static final List<String> COLOURS = List.of("Red", "Green");

    private static VariantWrite write(String size, String colour, String price, String sku) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("size", size);
        choices.put("Color", colour);
        return new VariantWrite(choices, price == null ? null : new BigDecimal(price), sku, null, null);
    }

    /** Every combination at {@code price} and SKU "A", but the last one at {@code lastPrice}. */
    private static List<VariantWrite> all(String price, String lastPrice) {
        List<VariantWrite> writes = new ArrayList<>();
        for (String size : SIZES) {
            for (String colour : COLOURS) {
                writes.add(write(size, colour, price, "A"));
            }
        }
        VariantWrite last = writes.remove(writes.size() - 1);
        writes.add(new VariantWrite(last.choices(), new BigDecimal(lastPrice), "A", null, null));
        return writes;
    }

    @Test
    void variantsAllAlikeStayUnmanagedAndTheirValuesBecomeTheProducts() {
        Product product = aProduct().withSizesAndColors().pricedAt("3").build();

        product.writeVariants(all("7.5", "7.50"), T1);

        assertThat(product.manageVariants()).isFalse();
        assertThat(product.price().amount()).isEqualByComparingTo("7.5");
        assertThat(product.sku().value()).isEqualTo("A");
        assertThat(product.variants().page(0, 10))
                .allSatisfy(v -> assertThat(v.priceData().price()).isEqualByComparingTo("7.5"));
    }

    @Test
    void aVariantThatDiffersMakesTheVariantsManagedEachWithItsValuesAndTheSameIds() {
        Product product = aProduct().withSizesAndColors().pricedAt("3").build();
        List<VariantId> idsBefore =
                product.variants().page(0, 10).stream().map(Variant::id).toList();

        product.writeVariants(all("7.5", "9"), T1);

        assertThat(product.manageVariants()).isTrue();
        assertThat(product.variants().page(0, 10)).extracting(Variant::id).containsExactlyElementsOf(idsBefore);
        assertThat(product.variants().page(0, 10))
                .extracting(v -> v.priceData().price().toPlainString())
                .containsExactly("7.50", "7.50", "7.50", "7.50", "7.50", "9.00");
        assertThat(product.variants().page(0, 10))
                .allSatisfy(v -> assertThat(v.sku().value()).isEqualTo("A"));
        assertThat(product.changedFields()).contains("manageVariants", "variants");
    }

    @Test
    void aHiddenVariantAlsoMakesThemManaged() {
        Product product = aProduct().withSizesAndColors().build();
        List<VariantWrite> writes = new ArrayList<>(all("1", "1"));
        VariantWrite first = writes.get(0);
        writes.set(0, new VariantWrite(first.choices(), first.price(), first.sku(), null, false));

        product.writeVariants(writes, T1);

        assertThat(product.manageVariants()).isTrue();
        assertThat(product.variants().at(0).visible()).isFalse();
        assertThat(product.variants().at(1).visible()).isTrue();
    }

    @Test
    void onceManagedVariantsStayManagedEvenWhenWrittenAlike() {
        Product product = aProduct().withSizesAndColors().build();
        product.writeVariants(all("1", "2"), T1);

        product.writeVariants(all("4", "4"), T1);

        assertThat(product.manageVariants()).isTrue();
        assertThat(product.variants().page(0, 10))
                .allSatisfy(v -> assertThat(v.priceData().price()).isEqualByComparingTo("4"));
    }

    @Test
    void aValueNotSentIsLeftAsItIs() {
        Product product = aProduct().withSizesAndColors().pricedAt("3").build();
        List<VariantWrite> writes = new ArrayList<>();
        for (String size : SIZES) {
            for (String colour : COLOURS) {
                writes.add(write(size, colour, null, size));
            }
        }

        product.writeVariants(writes, T1);

        assertThat(product.manageVariants()).isTrue();
        assertThat(product.variants().page(0, 10))
                .allSatisfy(v -> assertThat(v.priceData().price()).isEqualByComparingTo("3"));
        assertThat(product.variants().page(0, 10))
                .extracting(v -> v.sku().value())
                .containsExactly("S", "S", "M", "M", "L", "L");
    }

    @Test
    void aPriceSentReplacesTheProductsDiscountWhichElseStillApplies() {
        Product product = aProduct()
                .withSizesAndColors()
                .pricedAt("10")
                .withDiscount(Discount.percent(BigDecimal.TEN))
                .build();
        List<VariantWrite> skusOnly = new ArrayList<>();
        for (String size : SIZES) {
            for (String colour : COLOURS) {
                skusOnly.add(write(size, colour, null, size + colour));
            }
        }

        product.writeVariants(skusOnly, T1);
        assertThat(product.variants().at(5).priceData().discountedPrice()).isEqualByComparingTo("9");

        product.writeVariants(all("10", "20"), T1);
        assertThat(product.discount()).isEqualTo(Discount.NONE);
        assertThat(product.variants().at(5).priceData().discountedPrice()).isEqualByComparingTo("20");
    }

    @Test
    void withoutOptionsTheOneVariantIsTheProduct() {
        Product product = aProduct().build();

        product.writeVariants(
                List.of(new VariantWrite(Map.of(), new BigDecimal("2"), "B", new BigDecimal("0.5"), false)), T1);

        assertThat(product.manageVariants()).isFalse();
        assertThat(product.price().amount()).isEqualByComparingTo("2");
        assertThat(product.sku().value()).isEqualTo("B");
        assertThat(product.weight().value()).isEqualByComparingTo("0.5");
        assertThat(product.visible()).isFalse();
        assertInvalid(
                () -> product.writeVariants(
                        List.of(new VariantWrite(Map.of(), null, null, null, null), write("S", "Red", "1", "A")), T1),
                "variants",
                ErrorCodes.NOT_ALLOWED);
    }

    @Test
    void theVariantsMustBeEveryCombinationOnce() {
        Product product = aProduct().withSizesAndColors().build();
        List<VariantWrite> missing = new ArrayList<>(all("1", "2"));
        missing.remove(0);
        assertInvalid(() -> product.writeVariants(missing, T1), "variants", ErrorCodes.NOT_ALLOWED);

        List<VariantWrite> repeated = new ArrayList<>(all("1", "2"));
        repeated.set(1, repeated.get(0));
        assertInvalid(() -> product.writeVariants(repeated, T1), "variants[1].choices", ErrorCodes.NOT_ALLOWED);

        List<VariantWrite> partial = new ArrayList<>(all("1", "2"));
        partial.set(2, new VariantWrite(Map.of("Size", "M"), null, null, null, null));
        assertInvalid(() -> product.writeVariants(partial, T1), "variants[2].choices", ErrorCodes.NOT_ALLOWED);

        List<VariantWrite> unknown = new ArrayList<>(all("1", "2"));
        unknown.set(3, write("XL", "Red", "1", "A"));
        assertInvalid(() -> product.writeVariants(unknown, T1), "variants[3].choices", ErrorCodes.UNKNOWN_CHOICE);
        assertThat(product.manageVariants()).isFalse();
    }

    @Test
    void valuesAreCheckedOnTheirVariant() {
        Product product = aProduct().withSizesAndColors().build();
        assertInvalid(() -> product.writeVariants(all("1", "-1"), T1), "variants[5].price", ErrorCodes.OUT_OF_RANGE);
        List<VariantWrite> longSku = new ArrayList<>(all("1", "1"));
        longSku.set(4, new VariantWrite(longSku.get(4).choices(), null, "x".repeat(41), null, null));
        assertInvalid(() -> product.writeVariants(longSku, T1), "variants[4].sku", ErrorCodes.TOO_LONG);
        assertThat(product.manageVariants()).isFalse();
    }
}
