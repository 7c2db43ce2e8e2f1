package io.catalog.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a sale at {@code actualPrice} earns over {@code cost}: {@code profit = actualPrice - cost} (negative when sold
 * below cost; exact, as both are in the currency's minor unit) and {@code profitMargin = profit / actualPrice}, a
 * fraction rounded half-up to 4 decimals ({@code 0.25} is 25 %), 0 when the price is 0.
 */
public record RevenueDetails(Money cost, BigDecimal profit, BigDecimal profitMargin) {

    public static final int MARGIN_DECIMALS = 4;

    public RevenueDetails {
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(profit, "profit");
        Objects.requireNonNull(profitMargin, "profitMargin");
    }

    public static RevenueDetails of(Money actualPrice, Money cost) {
        if (!actualPrice.currency().equals(cost.currency())) {
            throw new IllegalArgumentException("currency mismatch: " + actualPrice + " and " + cost);
        }
        BigDecimal profit = actualPrice.amount().subtract(cost.amount());
        BigDecimal margin = actualPrice.isZero()
                ? BigDecimal.ZERO.setScale(MARGIN_DECIMALS)
                : profit.divide(actualPrice.amount(), MARGIN_DECIMALS, RoundingMode.HALF_UP);
        return new RevenueDetails(cost, profit, margin);
    }

    /** The profit for display, as {@link Money#formatted()} with a leading '-' when negative. */
    public String formattedProfit() {
        String magnitude = new Money(profit.abs(), cost.currency()).formatted();
        return profit.signum() < 0 ? "-" + magnitude : magnitude;
    }
}
