package io.catalog.domain.shared;

import java.util.Objects;

/**
 * A value is malformed or out of its allowed range, independently of any stored state (HTTP 400).
 *
 * <p>The message is always "{@code <field> <rule>}", e.g. "name must be at most 80 characters (was 93)", so that it
 * stays accurate when a value object's error is re-addressed to a nested API path with {@link #nestedIn(String)}.
 */
public final class ValidationException extends CatalogException {

    private final String rule;

    /**
     * @param field API name of the offending field
     * @param code  stable error code
     * @param rule  the broken rule, phrased to follow the field name, e.g. "must be at most 80 characters (was 93)"
     */
    public ValidationException(String field, String code, String rule) {
        super(
                Objects.requireNonNull(code, "code"),
                Objects.requireNonNull(field, "field"),
                field + " " + Objects.requireNonNull(rule, "rule"));
        this.rule = rule;
    }

    /** The broken rule without the field name. */
    public String rule() {
        return rule;
    }

    /** The same error addressed below {@code parentPath}: field {@code "value"} in {@code "choices[0]"} becomes {@code "choices[0].value"}. */
    public ValidationException nestedIn(String parentPath) {
        return new ValidationException(parentPath + "." + field(), code(), rule);
    }

    /** The same error addressed to another field, e.g. a {@code Money} amount reported as {@code "priceData.price"}. */
    public ValidationException relocatedTo(String otherField) {
        return new ValidationException(otherField, code(), rule);
    }
}
