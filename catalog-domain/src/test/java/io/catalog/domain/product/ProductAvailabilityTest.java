package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.product.ProductBuilder.optionSpecs;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.catalog.domain.product.OptionView.ChoiceView;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductAvailabilityTest {

    /** Size S, M, L x Color Red, Green; S/Red hidden, M/Green out of stock, L entirely out of stock. */
    private static Product shirts() {
        Product product = aProduct().withSizesAndColors().managingVariants().build();
        product.updateVariants(
                List.of(
                        new VariantUpdate(null, Map.of("Size", "S", "Color", "Red"), null, null, null, false, null),
                        new VariantUpdate(
                                null, Map.of("Size", "M", "Color", "Green"), null, null, null, null, Stock.tracked(0)),
                        new VariantUpdate(null, Map.of("Size", "L"), null, null, null, null, Stock.untracked(false))),
                T1);
        return product;
    }

    private static List<ChoiceView> choicesOf(OptionsAvailability availability, String option) {
        return availability.productOptions().stream()
                .filter(view -> view.name().equals(option))
                .findFirst()
                .orElseThrow()
                .choices();
    }

    @Test
    void withoutASelectionTheOptionsAreAsTheProductShowsThem() {
        Product product = shirts();

        OptionsAvailability availability = product.variants().availability(Map.of());

        assertThat(availability.productOptions()).isEqualTo(product.variants().optionViews());
        assertThat(availability.selectedVariant()).isEmpty();
        assertThat(availability.availableForPurchase()).isFalse();
        assertThat(choicesOf(availability, "Size"))
                .extracting(ChoiceView::value, ChoiceView::visible, ChoiceView::inStock)
                .containsExactly(tuple("S", true, true), tuple("M", true, true), tuple("L", true, false));
    }

    @Test
    void aPartialSelectionDecidesTheOtherOptionsChoices() {
        OptionsAvailability small = shirts().variants().availability(Map.of("Size", "s"));

        assertThat(choicesOf(small, "Color"))
                .extracting(ChoiceView::description, ChoiceView::visible, ChoiceView::inStock)
                .containsExactly(tuple("Red", false, false), tuple("Green", true, true));
        assertThat(choicesOf(small, "Size"))
                .as("the selected option's own choices depend on the other options only")
                .extracting(ChoiceView::visible, ChoiceView::inStock)
                .containsExactly(tuple(true, true), tuple(true, true), tuple(true, false));
        assertThat(small.selectedVariant()).isEmpty();
        assertThat(small.availableForPurchase()).isFalse();

        OptionsAvailability green = shirts().variants().availability(Map.of("Color", "Green"));
        assertThat(choicesOf(green, "Size"))
                .extracting(ChoiceView::value, ChoiceView::visible, ChoiceView::inStock)
                .containsExactly(tuple("S", true, true), tuple("M", true, false), tuple("L", true, false));
    }

    @Test
    void aFullSelectionSelectsTheVariantAndTellsWhetherItCanBeBought() {
        Product product = shirts();

        OptionsAvailability smallGreen = product.variants().availability(Map.of("Size", "S", "Color", "#008000"));
        OptionsAvailability mediumGreen = product.variants().availability(Map.of("Size", "M", "Color", "Green"));
        OptionsAvailability smallRed = product.variants().availability(Map.of("Size", "S", "Color", "Red"));

        assertThat(smallGreen.selectedVariant()).contains(product.variants().at(1));
        assertThat(smallGreen.availableForPurchase()).isTrue();
        assertThat(choicesOf(smallGreen, "Color"))
                .extracting(ChoiceView::visible, ChoiceView::inStock)
                .containsExactly(tuple(false, false), tuple(true, true));
        assertThat(choicesOf(smallGreen, "Size"))
                .extracting(ChoiceView::visible, ChoiceView::inStock)
                .containsExactly(tuple(true, true), tuple(true, false), tuple(true, false));
        assertThat(mediumGreen.selectedVariant()).isPresent();
        assertThat(mediumGreen.availableForPurchase()).as("out of stock").isFalse();
        assertThat(smallRed.selectedVariant())
                .hasValueSatisfying(variant -> assertThat(variant.visible()).isFalse());
        assertThat(smallRed.availableForPurchase()).as("hidden").isFalse();
    }

    @Test
    void readersDoNotSeeAHiddenSelectedVariant() {
        Product product = shirts();

        assertThat(product.variants()
                        .availability(Map.of("Size", "S", "Color", "Red"))
                        .withoutHiddenVariant()
                        .selectedVariant())
                .isEmpty();
        OptionsAvailability visible = product.variants().availability(Map.of("Size", "S", "Color", "Green"));
        assertThat(visible.withoutHiddenVariant()).isEqualTo(visible);
    }

    @Test
    void unmanagedCombinationsBehaveAsTheProduct() {
        Product inStock = aProduct().withSizesAndColors().build();
        Product soldOut =
                aProduct().withSizesAndColors().withStock(Stock.tracked(0)).build();

        OptionsAvailability available = inStock.variants().availability(Map.of("Size", "M", "Color", "Red"));
        OptionsAvailability unavailable = soldOut.variants().availability(Map.of("Size", "M"));

        assertThat(available.availableForPurchase()).isTrue();
        assertThat(available.selectedVariant()).contains(inStock.variants().at(2));
        assertThat(available.productOptions())
                .flatExtracting(OptionView::choices)
                .allSatisfy(choice ->
                        assertThat(choice.visible() && choice.inStock()).isTrue());
        assertThat(unavailable.productOptions())
                .flatExtracting(OptionView::choices)
                .allSatisfy(choice ->
                        assertThat(choice.visible() && !choice.inStock()).isTrue());
        assertThat(soldOut.variants()
                        .availability(Map.of("Size", "M", "Color", "Red"))
                        .availableForPurchase())
                .isFalse();
    }

    @Test
    void sixTimesThirtyUnmanagedOptionsAreAnsweredWithoutEnumeratingCombinations() {
        Product product = aProduct().withOptions(optionSpecs(6, 30)).build();
        Map<String, String> all = Map.of(
                "Option 1",
                "c1",
                "Option 2",
                "c2",
                "Option 3",
                "c3",
                "Option 4",
                "c4",
                "Option 5",
                "c5",
                "Option 6",
                "c30");

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            OptionsAvailability availability = product.variants().availability(all);
            assertThat(availability.productOptions())
                    .hasSize(6)
                    .allSatisfy(option -> assertThat(option.choices()).hasSize(30));
            assertThat(availability.selectedVariant())
                    .hasValueSatisfying(variant -> assertThat(variant.choices())
                            .containsEntry("Option 6", "c30")
                            .containsEntry("Option 1", "c1"));
            assertThat(availability.availableForPurchase()).isTrue();
            assertThat(product.variants().availability(Map.of("Option 3", "c7")).selectedVariant())
                    .isEmpty();
        });
    }

    @Test
    void aProductWithoutOptionsHasItsDefaultVariantSelected() {
        Product product = aProduct().build();

        OptionsAvailability availability = product.variants().availability(Map.of());

        assertThat(availability.productOptions()).isEmpty();
        assertThat(availability.selectedVariant())
                .hasValueSatisfying(variant -> assertThat(variant.id()).isEqualTo(VariantId.DEFAULT));
        assertThat(availability.availableForPurchase()).isTrue();
    }

    @Test
    void unknownOptionsAndChoicesAreRejectedNamingTheField() {
        Product product = shirts();

        assertInvalid(
                () -> product.variants().availability(Map.of("Material", "Wool")),
                "options.Material",
                ErrorCodes.UNKNOWN_OPTION);
        assertInvalid(
                () -> product.variants().availability(Map.of("Color", "Blue")),
                "options.Color",
                ErrorCodes.UNKNOWN_CHOICE);
        assertThatThrownBy(() -> product.variants().availability(Map.of("Size", "S", "size", "M")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCodes.DUPLICATE_OPTION_NAME);
                    assertThat(e.field()).isIn("options.Size", "options.size");
                });
    }
}
