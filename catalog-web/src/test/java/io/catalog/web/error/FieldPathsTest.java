package io.catalog.web.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductNotFoundException;
import io.catalog.domain.shared.CatalogException;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

class FieldPathsTest {

    private static final FieldPaths PATHS = FieldPaths.SAME
            .rename("items[].amount", "data[].by")
            .rename("items", "data")
            .rename("options", "productOptions")
            .rename("price", "priceData.price");

    @Test
    void aRuleRenamesItsPathAndWhatIsBelowIt() {
        assertThat(PATHS.apiPath("options")).isEqualTo("productOptions");
        assertThat(PATHS.apiPath("options[1]")).isEqualTo("productOptions[1]");
        assertThat(PATHS.apiPath("options[1].choices[0].value")).isEqualTo("productOptions[1].choices[0].value");
        assertThat(PATHS.apiPath("price")).isEqualTo("priceData.price");
    }

    @Test
    void aRuleMatchesWholeSegmentsFromTheStartOnly() {
        assertThat(PATHS.apiPath("optionsX")).isEqualTo("optionsX");
        assertThat(PATHS.apiPath("selection.options")).isEqualTo("selection.options");
        assertThat(PATHS.apiPath("variants[0].price")).isEqualTo("variants[0].price");
        assertThat(PATHS.apiPath("productOptions[0].name")).isEqualTo("productOptions[0].name");
        assertThat(PATHS.apiPath("name")).isEqualTo("name");
        assertThat(PATHS.apiPath(null)).isNull();
    }

    @Test
    void anyIndexIsKeptAndTheFirstMatchingRuleApplies() {
        assertThat(PATHS.apiPath("items[12].amount")).isEqualTo("data[12].by");
        assertThat(PATHS.apiPath("items[3].variantId")).isEqualTo("data[3].variantId");
        assertThat(PATHS.apiPath("items")).isEqualTo("data");
        assertThat(PATHS.apiPath("items[3].amountX")).isEqualTo("data[3].amountX");
    }

    @Test
    void aValidationErrorIsReaddressedWithItsMessage() {
        CatalogException e = PATHS.apiError(new ValidationException("options[0].name", "REQUIRED", "is required"));

        assertThat(e).isInstanceOf(ValidationException.class).hasMessage("productOptions[0].name is required");
        assertThat(e.field()).isEqualTo("productOptions[0].name");
        assertThat(e.code()).isEqualTo("REQUIRED");
    }

    @Test
    void aRuleViolationKeepsItsCodeAndMessage() {
        CatalogException e = PATHS.apiError(new RuleViolationException("TOO_MANY", "options", "too many variants"));

        assertThat(e).isInstanceOf(RuleViolationException.class).hasMessage("too many variants");
        assertThat(e.field()).isEqualTo("productOptions");
        assertThat(e.code()).isEqualTo("TOO_MANY");
    }

    @Test
    void errorsWithoutARenamedFieldAreTheSame() {
        ValidationException name = new ValidationException("name", "REQUIRED", "is required");
        RuleViolationException unnamed = new RuleViolationException("X", null, "x");
        ProductNotFoundException notFound = new ProductNotFoundException(ProductId.random());

        assertThat(PATHS.apiError(name)).isSameAs(name);
        assertThat(PATHS.apiError(unnamed)).isSameAs(unnamed);
        assertThat(PATHS.apiError(notFound)).isSameAs(notFound);
    }

    @Test
    void aCallIsAnsweredInTheApiPathsAndAValidationErrorInsideTheEnvelope() {
        assertThat(PATHS.call(() -> "done")).isEqualTo("done");
        assertThatThrownBy(() -> PATHS.callIn("product", () -> {
                    throw new ValidationException("price", "OUT_OF_RANGE", "must be between 0 and 1 (was 2)");
                }))
                .isInstanceOf(ValidationException.class)
                .hasMessage("product.priceData.price must be between 0 and 1 (was 2)")
                .hasFieldOrPropertyWithValue("field", "product.priceData.price");
        assertThatThrownBy(() -> PATHS.callIn("product", () -> {
                    throw new RuleViolationException("VARIANTS_MANAGED", "options", "options cannot be removed");
                }))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("options cannot be removed")
                .hasFieldOrPropertyWithValue("field", "productOptions");
    }

    @Test
    void aRuleNeedsAsManyIndexesOnBothSides() {
        assertThatThrownBy(() -> FieldPaths.SAME.rename("items[].amount", "data.by"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
