package io.catalog.domain.shared;

import java.math.BigDecimal;

/** Argument checks shared by the value objects; every failure is a {@link ValidationException} naming the field. */
public final class Require {

    private Require() {}

    /** {@code value} itself, or {@code REQUIRED} when it is {@code null}. */
    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, ErrorCodes.REQUIRED, "is required");
        }
        return value;
    }

    /**
     * {@code text}, checked to hold {@code min..max} characters (Unicode code points).
     * {@code REQUIRED} when null or too short, {@code TOO_LONG} when too long.
     */
    public static String length(String field, String text, int min, int max) {
        present(field, text);
        int length = text.codePointCount(0, text.length());
        if (length < min) {
            throw new ValidationException(
                    field,
                    ErrorCodes.REQUIRED,
                    min == 1 ? "must not be empty" : "must be at least " + min + " characters (was " + length + ")");
        }
        if (length > max) {
            throw new ValidationException(
                    field, ErrorCodes.TOO_LONG, "must be at most " + max + " characters (was " + length + ")");
        }
        return text;
    }

    /** {@code value}, checked to lie in {@code [min, max]} ({@code OUT_OF_RANGE}). */
    public static BigDecimal range(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        present(field, value);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new ValidationException(
                    field,
                    ErrorCodes.OUT_OF_RANGE,
                    "must be between " + min.toPlainString() + " and " + max.toPlainString() + " (was "
                            + value.toPlainString() + ")");
        }
        return value;
    }

    /** {@code value}, checked to lie in {@code [min, max]} ({@code OUT_OF_RANGE}). */
    public static long range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new ValidationException(
                    field, ErrorCodes.OUT_OF_RANGE, "must be between " + min + " and " + max + " (was " + value + ")");
        }
        return value;
    }

    /** {@code value} without trailing zeros, checked to have at most {@code maxDecimals} decimals. */
    public static BigDecimal decimals(String field, BigDecimal value, int maxDecimals) {
        BigDecimal normalized = Decimals.normalize(present(field, value));
        if (normalized.scale() > maxDecimals) {
            throw new ValidationException(
                    field,
                    ErrorCodes.TOO_MANY_DECIMALS,
                    "must have at most " + maxDecimals + " decimal places (was " + value.toPlainString() + ")");
        }
        return normalized;
    }
}
