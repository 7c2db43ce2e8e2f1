package io.catalog.domain.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the catalog's error families. */
public final class CatalogAssertions {

    private CatalogAssertions() {}

    public static AbstractThrowableAssert<?, ? extends Throwable> assertInvalid(
            ThrowingCallable call, String field, String code) {
        return assertThatThrownBy(call)
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", field)
                .hasFieldOrPropertyWithValue("code", code);
    }

    public static AbstractThrowableAssert<?, ? extends Throwable> assertRuleViolation(
            ThrowingCallable call, String code) {
        return assertThatThrownBy(call)
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", code);
    }
}
