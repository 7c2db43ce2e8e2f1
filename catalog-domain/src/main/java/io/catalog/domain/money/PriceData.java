package io.catalog.domain.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The price as presented by the API ({@code priceData}): price and discounted price with their display strings.
 * Always computed with {@link #of(Money, Discount)}.
 */
public record PriceData(
        Currency currency,
        BigDecimal price,
        BigDecimal discountedPrice,
        String formattedPrice,
        String formattedDiscountedPrice) {

    public PriceData {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(discountedPrice, "discountedPrice");
        Objects.requireNonNull(formattedPrice, "formattedPrice");
        Objects.requireNonNull(formattedDiscountedPrice, "formattedDiscountedPrice");
    }

    /**
     * {@code price} sold at {@code discounted} (a variant's own discounted price), never above {@code price}: a
     * discounted price above the price (the product's price lowered under it since) is the price.
     */
    public static PriceData of(Money price, Money discounted) {
        if (discounted.compareTo(price) > 0) {
            discounted = price;
        }
        return new PriceData(
                price.currency(), price.amount(), discounted.amount(), price.formatted(), discounted.formatted());
    }

    public static PriceData of(Money price, Discount discount) {
        Money discounted = discount.applyTo(price);
        return new PriceData(
                price.currency(), price.amount(), discounted.amount(), price.formatted(), discounted.formatted());
    }
}
