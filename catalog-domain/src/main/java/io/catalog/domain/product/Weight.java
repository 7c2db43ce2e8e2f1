package io.catalog.domain.product;

import io.catalog.domain.shared.Require;
import java.math.BigDecimal;

/** Shipping weight in the store's weight unit: 0..999999999.99 with at most 3 decimals. */
public record Weight(BigDecimal value) {

    public static final BigDecimal MAX = new BigDecimal("999999999.99");
    public static final Weight ZERO = new Weight(BigDecimal.ZERO);

    public Weight {
        value = Require.decimals("weight", Require.range("weight", value, BigDecimal.ZERO, MAX), 3);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
