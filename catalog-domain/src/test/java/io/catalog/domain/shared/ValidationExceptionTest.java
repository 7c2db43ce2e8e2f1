package io.catalog.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    private final ValidationException error =
            new ValidationException("value", ErrorCodes.TOO_LONG, "must be at most 50 characters (was 51)");

    @Test
    void messageNamesTheFieldAndTheRule() {
        assertThat(error).hasMessage("value must be at most 50 characters (was 51)");
        assertThat(error.code()).isEqualTo("TOO_LONG");
        assertThat(error.rule()).isEqualTo("must be at most 50 characters (was 51)");
    }

    @Test
    void canBeNestedUnderAnApiPath() {
        ValidationException nested = error.nestedIn("choices[0]").nestedIn("productOptions[1]");

        assertThat(nested.field()).isEqualTo("productOptions[1].choices[0].value");
        assertThat(nested).hasMessage("productOptions[1].choices[0].value must be at most 50 characters (was 51)");
        assertThat(nested.code()).isEqualTo("TOO_LONG");
    }

    @Test
    void canBeRelocated() {
        assertThat(error.relocatedTo("priceData.price"))
                .hasMessage("priceData.price must be at most 50 characters (was 51)");
    }
}
