package io.catalog.domain.product.subscription;

import io.catalog.domain.money.DiscountType;
import io.catalog.domain.money.Money;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a subscription takes off each variant's price (what a buyer pays): an amount ({@code AMOUNT}, more than zero,
 * in the store currency) or a percentage ({@code PERCENT}, {@value #MIN_PERCENT} to {@value #MAX_PERCENT}, at most two
 * decimals). Errors name {@code type}, {@code amountOff} or {@code percentOff}.
 *
 * @param amountOff  with {@code AMOUNT} only
 * @param percentOff with {@code PERCENT} only
 */
public record SubscriptionDiscount(DiscountType type, Money amountOff, BigDecimal percentOff) {

    public static final int MIN_PERCENT = 1;
    public static final int MAX_PERCENT = 100;

    public SubscriptionDiscount {
        Require.present("type", type);
        switch (type) {
            case AMOUNT -> {
                Require.present("amountOff", amountOff);
                if (amountOff.isZero()) {
                    throw new ValidationException("amountOff", ErrorCodes.OUT_OF_RANGE, "must be more than 0");
                }
                onlyWith("percentOff", percentOff, "PERCENT");
            }
            case PERCENT -> {
                percentOff = Require.decimals("percentOff", percentOff, 2);
                Require.range(
                        "percentOff", percentOff, BigDecimal.valueOf(MIN_PERCENT), BigDecimal.valueOf(MAX_PERCENT));
                onlyWith("amountOff", amountOff, "AMOUNT");
            }
            default ->
                throw new ValidationException("type", ErrorCodes.UNKNOWN_ENUM_VALUE, "must be AMOUNT or PERCENT");
        }
    }

    /** An amount off. */
    public static SubscriptionDiscount amount(Money amountOff) {
        return new SubscriptionDiscount(DiscountType.AMOUNT, amountOff, null);
    }

    /** A percentage off. */
    public static SubscriptionDiscount percent(BigDecimal percentOff) {
        return new SubscriptionDiscount(DiscountType.PERCENT, null, percentOff);
    }

    /**
     * {@code price} with this discount taken off: less the amount (never below zero), or {@code price * (100 -
     * percentOff) / 100} rounded half-up to the currency's minor unit.
     */
    public Money applyTo(Money price) {
        Objects.requireNonNull(price, "price");
        if (type == DiscountType.AMOUNT) {
            return price.minus(amountOff);
        }
        BigDecimal kept = BigDecimal.valueOf(100).subtract(percentOff);
        return new Money(
                price.amount().multiply(kept).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP),
                price.currency());
    }

    private static void onlyWith(String field, Object value, String type) {
        if (value != null) {
            throw new ValidationException(field, ErrorCodes.NOT_ALLOWED, "is for discounts of type " + type + " only");
        }
    }
}
