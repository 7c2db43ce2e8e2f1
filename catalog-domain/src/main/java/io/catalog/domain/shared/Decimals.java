package io.catalog.domain.shared;

import java.math.BigDecimal;

/** Canonical form of decimal values so that equal numbers are also {@code equals()} ({@code 1.50} and {@code 1.5}). */
public final class Decimals {

    private Decimals() {}

    /** Strips trailing zeros without switching to an exponent: {@code 100.00 -> 100}, {@code 1.50 -> 1.5}. */
    public static BigDecimal normalize(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
