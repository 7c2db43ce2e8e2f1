package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.product.ProductBuilder.optionSpecs;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.catalog.domain.money.Discount;
import io.catalog.domain.product.OptionView.ChoiceView;
import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductVariantsTest {

    @Test
    void productWithoutOptionsHasOneDefaultVariant() {
        Product product =
                aProduct().withSku("TS").weighing("0.5").pricedAt("20").build();

        assertThat(product.variants().count()).isEqualTo(1);
        assertThat(product.variants().page(0, 10)).singleElement().satisfies(variant -> {
            assertThat(variant.id()).isEqualTo(VariantId.DEFAULT);
            assertThat(variant.choices()).isEmpty();
            assertThat(variant.sku()).isEqualTo(new Sku("TS"));
            assertThat(variant.weight()).isEqualTo(new Weight(new BigDecimal("0.5")));
            assertThat(variant.priceData()).isEqualTo(product.priceData());
            assertThat(variant.visible()).isTrue();
        });
        assertThat(product.variants().find(VariantId.DEFAULT)).isPresent();
    }

    @Test
    void variantsAreOrderedWithTheFirstOptionMostSignificant() {
        Product product = aProduct().withSizesAndColors().build();

        assertThat(product.variants().page(0, 10))
                .extracting(Variant::choices)
                .containsExactly(
                        Map.of("Size", "S", "Color", "Red"), Map.of("Size", "S", "Color", "Green"),
                        Map.of("Size", "M", "Color", "Red"), Map.of("Size", "M", "Color", "Green"),
                        Map.of("Size", "L", "Color", "Red"), Map.of("Size", "L", "Color", "Green"));
        assertThat(product.variants().at(3).choices().keySet()).containsExactly("Size", "Color");
        assertThat(product.variants().page(4, 10)).hasSize(2);
        assertThat(product.variants().page(6, 10)).isEmpty();
    }

    @Test
    void unmanagedVariantsBehaveAsTheProduct() {
        Product product = aProduct()
                .withSizesAndColors()
                .withSku("TS")
                .withStock(Stock.tracked(0))
                .build();

        assertThat(product.variants().page(0, 10)).allSatisfy(variant -> {
            assertThat(variant.sku()).isEqualTo(new Sku("TS"));
            assertThat(variant.stock()).isEqualTo(Stock.tracked(0));
            assertThat(variant.priceData()).isEqualTo(product.priceData());
            assertThat(variant.visible()).isTrue();
        });
    }

    @Test
    void sixOptionsOfThirtyChoicesAreAllowedWithoutMaterialisingVariants() {
        Product product = aProduct().withOptions(optionSpecs(6, 30)).build();

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(product.variants().count()).isEqualTo(729_000_000L);
            Variant last = product.variants().at(728_999_999L);
            assertThat(last.choices().values()).containsOnly("c30");
            assertThat(product.variants().find(last.id())).contains(last);
            assertThat(product.variants().page(728_999_998L, 100)).hasSize(2);
            assertThat(product.variants().countMatching(Map.of("Option 1", "c1")))
                    .isEqualTo(24_300_000L);
            assertThat(product.variants().matching(Map.of("Option 2", "C7", "Option 6", "c2"), 27_000, 1))
                    .singleElement()
                    .satisfies(variant -> assertThat(variant.choices())
                            .containsExactly(
                                    Map.entry("Option 1", "c2"),
                                    Map.entry("Option 2", "c7"),
                                    Map.entry("Option 3", "c1"),
                                    Map.entry("Option 4", "c1"),
                                    Map.entry("Option 5", "c1"),
                                    Map.entry("Option 6", "c2")));
        });
        assertThat(product.state().variants()).isEmpty();
    }

    @Test
    void findVariantIsEmptyForIdsThatAreNoCombinationOfTheProduct() {
        Product product = aProduct().withSizesAndColors().build();

        assertThat(product.variants().find(VariantId.DEFAULT)).isEmpty();
        assertThat(product.variants().find(VariantId.of(List.of(new ChoiceKey(1), new ChoiceKey(2)))))
                .isEmpty();
        assertThat(product.variants().find(VariantId.of(List.of(new ChoiceKey(1), new ChoiceKey(99)))))
                .isEmpty();
        assertThat(product.variants().find(VariantId.of(List.of(new ChoiceKey(1), new ChoiceKey(5)))))
                .isPresent();
    }

    @Test
    void colourChoicesAreMatchedByValueOrDescriptionIgnoringCase() {
        Product product = aProduct().withSizesAndColors().build();

        assertThat(product.variants().countMatching(Map.of("color", "GREEN"))).isEqualTo(3);
        assertThat(product.variants().matching(Map.of("Color", "#008000", "size", "m"), 0, 10))
                .extracting(Variant::choices)
                .containsExactly(Map.of("Size", "M", "Color", "Green"));
        assertThat(product.variants().countMatching(Map.of())).isEqualTo(6);
    }

    @Test
    void unknownOptionsAndChoicesAreRejected() {
        Product product = aProduct().withSizesAndColors().build();

        assertInvalid(
                () -> product.variants().countMatching(Map.of("Fabric", "Silk")),
                "choices.Fabric",
                ErrorCodes.UNKNOWN_OPTION);
        assertInvalid(
                        () -> product.variants().matching(Map.of("Size", "XXL"), 0, 10),
                        "choices.Size",
                        ErrorCodes.UNKNOWN_CHOICE)
                .hasMessage("choices.Size has no choice \"XXL\"");
    }

    @Test
    void managedVariantsTakeTheirOverridesAndInheritTheRest() {
        Product product = aProduct()
                .withSizesAndColors()
                .weighing("1")
                .withSku("TS")
                .withDiscount(Discount.amount(new BigDecimal("15")))
                .managingVariants()
                .build();
        VariantId small = product.variants().at(0).id();
        product.updateVariants(
                List.of(new VariantUpdate(
                        List.of(small),
                        null,
                        new BigDecimal("12"),
                        new Sku("S-R"),
                        new Weight(new BigDecimal("2")),
                        false,
                        Stock.tracked(4))),
                T1);

        Variant overridden = product.variants().find(small).orElseThrow();
        assertThat(overridden.priceData().price()).isEqualByComparingTo("12");
        assertThat(overridden.priceData().discountedPrice()).isEqualByComparingTo("0");
        assertThat(overridden.sku()).isEqualTo(new Sku("S-R"));
        assertThat(overridden.weight()).isEqualTo(new Weight(new BigDecimal("2")));
        assertThat(overridden.visible()).isFalse();
        assertThat(overridden.stock()).isEqualTo(Stock.tracked(4));

        Variant inheriting = product.variants().at(1);
        assertThat(inheriting.priceData()).isEqualTo(product.priceData());
        assertThat(inheriting.sku()).isEqualTo(Sku.NONE);
        assertThat(inheriting.weight()).isEqualTo(product.weight());
        assertThat(inheriting.stock()).isEqualTo(product.stock());
    }

    @Test
    void unmanagedChoicesAreVisibleAndInStockAsTheProduct() {
        Product product = aProduct()
                .withSizesAndColors()
                .withStock(Stock.untracked(false))
                .build();

        assertThat(product.variants().optionViews())
                .flatExtracting(OptionView::choices)
                .allSatisfy(choice -> assertThat(choice)
                        .extracting(ChoiceView::visible, ChoiceView::inStock)
                        .containsExactly(true, false));
    }

    @Test
    void managedChoiceAvailabilityFollowsTheVisibleVariants() {
        Product product = aProduct().withSizesAndColors().managingVariants().build();
        product.updateVariants(
                List.of(
                        new VariantUpdate(null, Map.of("Size", "S"), null, null, null, false, null),
                        new VariantUpdate(
                                null, Map.of("Size", "M", "Color", "Red"), null, null, null, null, Stock.tracked(0)),
                        new VariantUpdate(null, Map.of("Color", "Green"), null, null, null, null, Stock.tracked(0))),
                T1);

        List<OptionView> views = product.variants().optionViews();

        assertThat(views.get(0).choices())
                .extracting(ChoiceView::value, ChoiceView::visible, ChoiceView::inStock)
                .containsExactly(tuple("S", false, false), tuple("M", true, false), tuple("L", true, true));
        assertThat(views.get(1).choices())
                .extracting(ChoiceView::description, ChoiceView::inStock)
                .containsExactly(tuple("Red", true), tuple("Green", false));
    }

    @Test
    void pagingArgumentsMustNotBeNegative() {
        Product product = aProduct().build();

        assertInvalid(() -> product.variants().page(-1, 10), "offset", ErrorCodes.OUT_OF_RANGE);
        assertInvalid(() -> product.variants().page(0, -1), "limit", ErrorCodes.OUT_OF_RANGE);
    }

    @Test
    void aProductWithManagedVariantsAnswersNoSkuOfItsOwn() {
        Product product = aProduct().withSku("TS").withSizesAndColors().build();
        assertThat(product.answeredSku()).contains(new Sku("TS"));
        assertThat(aProduct().build().answeredSku()).contains(Sku.NONE);

        product.changeManageVariants(true, T1);

        assertThat(product.answeredSku()).isEmpty();
        assertThat(product.sku()).isEqualTo(new Sku("TS"));
    }
}
