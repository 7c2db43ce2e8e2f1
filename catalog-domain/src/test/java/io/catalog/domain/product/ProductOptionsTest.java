package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.product.ProductBuilder.color;
import static io.catalog.domain.product.ProductBuilder.dropDown;
import static io.catalog.domain.product.ProductBuilder.optionSpecs;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static io.catalog.domain.shared.CatalogAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductOptionsTest {

    @Test
    void allowsAtMostSixOptions() {
        assertThat(aProduct().withOptions(optionSpecs(6, 1)).build().options()).hasSize(6);
        assertInvalid(() -> aProduct().withOptions(optionSpecs(7, 1)).build(), "options", ErrorCodes.TOO_MANY_OPTIONS)
                .hasMessage("options must contain at most 6 options (was 7)");
    }

    @Test
    void allowsAtMostThirtyChoicesPerOption() {
        assertThat(aProduct().withOptions(optionSpecs(1, 30)).build().variants().count())
                .isEqualTo(30);
        assertInvalid(
                () -> aProduct().withOptions(optionSpecs(1, 31)).build(),
                "options[0].choices",
                ErrorCodes.TOO_MANY_CHOICES);
    }

    @Test
    void optionNamesAreUniqueIgnoringCase() {
        assertInvalid(
                () -> aProduct()
                        .withOption(dropDown("Size", "S"))
                        .withOption(dropDown(" SIZE ", "M"))
                        .build(),
                "options[1].name",
                ErrorCodes.DUPLICATE_OPTION_NAME);
    }

    @Test
    void choiceValuesAreUniqueIgnoringCase() {
        assertInvalid(
                () -> aProduct().withOption(dropDown("Size", "S", "M", "m")).build(),
                "options[0].choices[2].value",
                ErrorCodes.DUPLICATE_CHOICE_VALUE);
    }

    @Test
    void managedVariantsAreLimitedToThreeHundred() {
        assertThat(aProduct()
                        .withOptions(List.of(
                                optionSpecs(1, 30).get(0),
                                dropDown("Fit", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10")))
                        .managingVariants()
                        .build()
                        .variants()
                        .count())
                .isEqualTo(300);

        // Created with options and management together: the request alone breaks the limit, so it is invalid.
        assertInvalid(
                        () -> aProduct()
                                .withOptions(List.of(
                                        optionSpecs(1, 30).get(0),
                                        dropDown("Fit", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")))
                                .managingVariants()
                                .build(),
                        "options",
                        ErrorCodes.TOO_MANY_VARIANTS)
                .hasMessage("options must make at most 300 variants when manageVariants is true (they make 330)");
    }

    @Test
    void optionsSentWithManagementAreCheckedOnTheirOwn() {
        assertInvalid(
                        () -> Product.requireManageableOptions(List.of(
                                dropDown("A", "1", "2", "3", "4", "5", "6", "7"),
                                dropDown("B", "1", "2", "3", "4", "5", "6", "7"),
                                dropDown("C", "1", "2", "3", "4", "5", "6", "7"))),
                        "options",
                        ErrorCodes.TOO_MANY_VARIANTS)
                .hasMessageContaining("(they make 343)");
        assertThatCode(() -> Product.requireManageableOptions(optionSpecs(2, 17)))
                .doesNotThrowAnyException();
        // Their own errors come first: seven options are too many options, whatever they multiply to.
        assertInvalid(
                () -> Product.requireManageableOptions(optionSpecs(7, 3)), "options", ErrorCodes.TOO_MANY_OPTIONS);
    }

    @Test
    void replacingOptionsKeepsTheKeysOfMatchingChoicesAndNeverReusesKeys() {
        Product product = aProduct().withOption(dropDown("Size", "S", "M")).build();

        product.replaceOptions(List.of(dropDown("size", "m", "L")), T1);
        product.replaceOptions(List.of(dropDown("Size", "M", "L", "S")), T1);

        assertThat(product.options().get(0).choices())
                .extracting(c -> c.key().value())
                .containsExactly(2, 3, 4);
        assertThat(product.options().get(0).choices()).extracting(Choice::value).containsExactly("M", "L", "S");
    }

    @Test
    void managedVariantDataSurvivesOptionChangesThatKeepTheCombination() {
        Product product = aProduct().withSizesAndColors().managingVariants().build();
        VariantId smallRed = product.variants()
                .matching(Map.of("Size", "S", "Color", "Red"), 0, 1)
                .get(0)
                .id();
        VariantId mediumGreen = product.variants()
                .matching(Map.of("Size", "M", "Color", "Green"), 0, 1)
                .get(0)
                .id();
        product.updateVariants(
                List.of(new VariantUpdate(
                        List.of(smallRed, mediumGreen), null, new BigDecimal("12"), new Sku("SR"), null, null, null)),
                T1);

        product.replaceOptions(
                List.of(color("Color", "#ff0000", "Crimson", "#0000ff", "Blue"), dropDown("Size", "XL", "S")), T1);

        assertThat(product.variants().find(smallRed)).hasValueSatisfying(variant -> {
            assertThat(variant.sku()).isEqualTo(new Sku("SR"));
            assertThat(variant.priceData().price()).isEqualByComparingTo("12");
            assertThat(variant.choices()).containsExactly(Map.entry("Color", "Crimson"), Map.entry("Size", "S"));
        });
        assertThat(product.variants().find(mediumGreen)).isEmpty();
        assertThat(product.state().variants()).hasSize(4);
        assertThat(product.variants().matching(Map.of("Size", "XL"), 0, 10))
                .allSatisfy(variant -> assertThat(variant.sku()).isEqualTo(Sku.NONE));
        assertThat(product.changedFields()).contains("productOptions", "variants");
    }

    @Test
    void failedReplacementChangesNothing() {
        Product product = aProduct().withSizesAndColors().managingVariants().build();
        List<ProductOption> before = product.options();

        assertRuleViolation(() -> product.replaceOptions(optionSpecs(2, 20), T1), ErrorCodes.TOO_MANY_VARIANTS);

        assertThat(product.options()).isEqualTo(before);
        assertThat(product.hasChanges()).isFalse();
    }

    @Test
    void replacingOptionsWithEqualOnesRecordsNoChange() {
        Product product = aProduct().withSizesAndColors().build();

        product.replaceOptions(
                List.of(dropDown("Size", "S", "M", "L"), color("Color", "#ff0000", "Red", "#008000", "Green")), T1);

        assertThat(product.hasChanges()).isFalse();
    }

    @Test
    void optionsCannotBeRemovedWhileVariantsAreManaged() {
        Product product = aProduct().withSizesAndColors().managingVariants().build();

        assertRuleViolation(() -> product.removeOptions(T1), ErrorCodes.VARIANTS_MANAGED);
        assertRuleViolation(() -> product.replaceOptions(List.of(), T1), ErrorCodes.VARIANTS_MANAGED);
        assertThat(product.options()).hasSize(2);
    }

    @Test
    void optionsCanBeRemovedWhenVariantsAreNotManaged() {
        Product product = aProduct().withSizesAndColors().build();

        product.removeOptions(T1);

        assertThat(product.options()).isEmpty();
        assertThat(product.variants().count()).isEqualTo(1);
        assertThat(product.changedFields()).containsExactly("productOptions");
    }
}
