package io.catalog.web;

import io.catalog.domain.shared.ValidationException;
import java.util.OptionalLong;

/**
 * Reads the query parameters that are numbers. The resources take them as text and convert them here, so that a
 * value that is not a number answers 400 {@value #INVALID_PARAMETER} naming the parameter, rather than the 404 that
 * JAX-RS gives a query parameter it cannot convert.
 */
public final class QueryParameters {

    /** The error code of a query parameter whose value is not of its type. */
    public static final String INVALID_PARAMETER = "INVALID_PARAMETER";

    private QueryParameters() {}

    /** The parameter as a whole number; empty when it is absent. */
    public static OptionalLong wholeNumber(String value, String name) {
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new ValidationException(name, INVALID_PARAMETER, "must be a whole number");
        }
    }

    /** The parameter as a whole number, or {@code otherwise} when it is absent. */
    public static long wholeNumber(String value, String name, long otherwise) {
        return wholeNumber(value, name).orElse(otherwise);
    }
}
