package io.catalog.domain.money;

import io.catalog.domain.shared.Decimals;
import io.catalog.domain.shared.Require;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A product discount: a fixed amount or a percentage (0..100) off the price. {@link DiscountType#NONE} always has
 * value 0, whatever was given.
 */
public record Discount(DiscountType type, BigDecimal value) {

    public static final Discount NONE = new Discount(DiscountType.NONE, BigDecimal.ZERO);
    private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(100);

    public Discount {
        Objects.requireNonNull(type, "type");
        if (type == DiscountType.NONE) {
            value = BigDecimal.ZERO;
        }
        BigDecimal max = type == DiscountType.PERCENT ? MAX_PERCENT : Money.MAX_AMOUNT;
        value = Decimals.normalize(Require.range("discount.value", value, BigDecimal.ZERO, max));
    }

    public static Discount amount(BigDecimal value) {
        return new Discount(DiscountType.AMOUNT, value);
    }

    public static Discount percent(BigDecimal value) {
        return new Discount(DiscountType.PERCENT, value);
    }

    /** {@code price} after this discount, never below zero, rounded to the price currency's minor unit. */
    public Money applyTo(Money price) {
        return switch (type) {
            case NONE -> price;
            case AMOUNT -> price.minus(new Money(value, price.currency()));
            case PERCENT -> price.minus(price.percentage(value));
        };
    }
}
