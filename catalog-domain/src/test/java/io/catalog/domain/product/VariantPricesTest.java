package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.money.Discount;
import io.catalog.domain.money.DiscountType;
import io.catalog.domain.money.Money;
import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compare-at prices, costs and barcodes written through whole variant lists, and what is computed from them. */
class VariantPricesTest {

    private static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** Variant Size {@code size} (of S, M) with these values. */
    private static VariantWrite write(String size, String actual, String compareAt, String cost, String barcode) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("Size", size);
        return new VariantWrite(choices, dec(actual), null, null, null, dec(compareAt), dec(cost), barcode);
    }

    private static Product sizes() {
        return aProduct().withOption(ProductBuilder.dropDown("Size", "S", "M")).build();
    }

    @Test
    void alikeVariantsUnderACompareAtPriceAreTheProductsPriceAndADiscountOfTheDifference() {
        Product product = sizes();

        product.writeVariants(List.of(write("S", "8", "10", "5", "123"), write("M", "8", "10", "5", "123")), T1);

        assertThat(product.manageVariants()).isFalse();
        assertThat(product.price().amount()).isEqualByComparingTo("10");
        assertThat(product.discount()).isEqualTo(Discount.amount(new BigDecimal("2")));
        assertThat(product.merchantData().cost().amount()).isEqualByComparingTo("5");
        assertThat(product.merchantData().barcode().value()).isEqualTo("123");
        Variant small = product.variants().at(0);
        assertThat(small.priceData().price()).isEqualByComparingTo("10");
        assertThat(small.priceData().discountedPrice()).isEqualByComparingTo("8");
        assertThat(small.barcode().value()).isEqualTo("123");
        assertThat(small.revenueDetails().orElseThrow().profit()).isEqualByComparingTo("3");
    }

    @Test
    void differingCompareAtPricesAreEachVariantsPriceAndOwnDiscountedPrice() {
        Product product = aProduct()
                .withOption(ProductBuilder.dropDown("Size", "S", "M"))
                .withDiscount(Discount.percent(BigDecimal.TEN))
                .build();

        product.writeVariants(List.of(write("S", "8", "10", null, "A-1"), write("M", "9", null, "4", null)), T1);

        assertThat(product.manageVariants()).isTrue();
        assertThat(product.discount().type())
                .as("a price sent replaces the discount")
                .isEqualTo(DiscountType.NONE);
        Variant small = product.variants().at(0);
        Variant medium = product.variants().at(1);
        assertThat(small.priceData().price()).isEqualByComparingTo("10");
        assertThat(small.priceData().discountedPrice()).isEqualByComparingTo("8");
        assertThat(small.priceData().formattedDiscountedPrice()).isEqualTo("$8.00");
        assertThat(PriceRange.compareAtPrice(small))
                .contains(new Money(new BigDecimal("10"), small.priceData().currency()));
        assertThat(medium.priceData().price()).isEqualByComparingTo("9");
        assertThat(medium.priceData().discountedPrice()).isEqualByComparingTo("9");
        assertThat(PriceRange.compareAtPrice(medium)).isEmpty();
        assertThat(small.barcode().value()).isEqualTo("A-1");
        assertThat(medium.barcode()).isNull();
        assertThat(small.revenueDetails()).as("no cost").isEmpty();
        assertThat(medium.revenueDetails().orElseThrow().profitMargin().toPlainString())
                .isEqualTo("0.5556");
    }

    @Test
    void aVariantWithoutACostOfItsOwnHasTheProducts() {
        Product product = sizes();
        product.changeCost(new Money(new BigDecimal("2"), product.price().currency()), T1);

        product.writeVariants(List.of(write("S", "8", null, null, null), write("M", "9", null, "3", null)), T1);

        assertThat(product.variants().at(0).cost().amount()).isEqualByComparingTo("2");
        assertThat(product.variants().at(1).cost().amount()).isEqualByComparingTo("3");
    }

    @Test
    void rangesAreOverTheVisibleVariants() {
        Product product = aProduct()
                .withOption(ProductBuilder.dropDown("Size", "S", "M", "L"))
                .build();
        List<VariantWrite> writes = new ArrayList<>(List.of(
                write("S", "8", "10", "5", null),
                write("M", "12", null, "6", null),
                write("L", "1", "50", "0.5", null)));
        VariantWrite large = writes.get(2);
        writes.set(
                2,
                new VariantWrite(
                        large.choices(), large.price(), null, null, false, large.compareAtPrice(), large.cost(), null));

        product.writeVariants(writes, T1);

        List<Variant> all = product.variants().page(0, 10);
        PriceRange actual = PriceRange.ofActualPrices(all).orElseThrow();
        assertThat(actual.min().amount()).isEqualByComparingTo("8");
        assertThat(actual.max().amount()).isEqualByComparingTo("12");
        PriceRange compareAt = PriceRange.ofCompareAtPrices(all).orElseThrow();
        assertThat(compareAt.min().amount())
                .as("M is not discounted: its price")
                .isEqualByComparingTo("10");
        assertThat(compareAt.max().amount()).isEqualByComparingTo("12");
        PriceRange cost = PriceRange.ofCosts(all).orElseThrow();
        assertThat(cost.min().amount()).isEqualByComparingTo("5");
        assertThat(cost.max().amount()).isEqualByComparingTo("6");
    }

    @Test
    void withoutDiscountsOrCostsThereIsNoCompareAtOrCostRange() {
        Product product = sizes();
        product.writeVariants(List.of(write("S", "8", "8", null, null), write("M", "9", null, null, null)), T1);

        assertThat(PriceRange.ofCompareAtPrices(product.variants().page(0, 10))).isEmpty();
        assertThat(PriceRange.ofCosts(product.variants().page(0, 10))).isEmpty();
    }

    @Test
    void aV1PriceChangeDropsTheVariantsOwnDiscountedPrice() {
        Product product = sizes();
        product.writeVariants(List.of(write("S", "8", "10", null, null), write("M", "9", null, null, null)), T1);
        VariantId small = product.variants().at(0).id();

        product.updateVariants(
                List.of(new VariantUpdate(List.of(small), null, new BigDecimal("11"), null, null, null, null)), T1);

        assertThat(product.variants().at(0).priceData().discountedPrice()).isEqualByComparingTo("11");
    }

    @Test
    void aDiscountedPriceAboveAPriceLoweredSinceIsThePrice() {
        Product product = sizes();
        product.writeVariants(List.of(write("S", "8", "10", null, null), write("M", "9", null, null, null)), T1);
        Map<VariantId, VariantOverrides> data =
                new LinkedHashMap<>(product.variantTable().data());
        VariantId small = product.variants().at(0).id();
        Money five = new Money(new BigDecimal("5"), product.price().currency());
        data.put(small, data.get(small).withPrice(null).withPrices(null, new Money(BigDecimal.TEN, five.currency())));
        product.takeVariants(data, T1);
        product.changePrice(new BigDecimal("5"), T1);

        assertThat(product.variants().at(0).priceData().discountedPrice()).isEqualByComparingTo("5");
    }

    @Test
    void pricesCostsAndBarcodesAreCheckedOnTheirVariant() {
        Product product = sizes();
        assertInvalid(
                () -> product.writeVariants(
                        List.of(write("S", "8", "7", null, null), write("M", "9", null, null, null)), T1),
                "variants[0].compareAtPrice",
                ErrorCodes.NOT_ALLOWED);
        assertInvalid(
                () -> product.writeVariants(
                        List.of(write("S", null, "7", null, null), write("M", "9", null, null, null)), T1),
                "variants[0].price",
                ErrorCodes.REQUIRED);
        assertInvalid(
                () -> product.writeVariants(
                        List.of(write("S", "1", null, "1000000000", null), write("M", "9", null, null, null)), T1),
                "variants[0].cost",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> product.writeVariants(
                        List.of(write("S", "1", null, "-1", null), write("M", "9", null, null, null)), T1),
                "variants[0].cost",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> product.writeVariants(
                        List.of(write("S", "1", null, null, null), write("M", "9", null, null, "9".repeat(41))), T1),
                "variants[1].barcode",
                ErrorCodes.TOO_LONG);
        assertInvalid(
                () -> product.writeVariants(
                        List.of(write("S", "1", null, null, "  "), write("M", "9", null, null, null)), T1),
                "variants[0].barcode",
                ErrorCodes.REQUIRED);
        assertThat(product.manageVariants()).isFalse();
    }

    @Test
    void costAndBarcodeSurviveTheStoredState() {
        Product product = sizes();
        product.changeCost(new Money(new BigDecimal("1.5"), product.price().currency()), T1);
        product.writeVariants(List.of(write("S", "8", "10", "4", "B-S"), write("M", "9", null, null, null)), T1);

        Product restored = Product.reconstitute(product.state());

        assertThat(restored.merchantData()).isEqualTo(product.merchantData());
        assertThat(restored.variants().page(0, 10)).isEqualTo(product.variants().page(0, 10));
        assertThat(restored.variants().at(0).priceData().discountedPrice()).isEqualByComparingTo("8");
        assertThat(restored.variants().at(1).cost().amount()).isEqualByComparingTo("1.5");
    }
}
