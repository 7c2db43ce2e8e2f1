package io.catalog.domain.product.subscription;

import io.catalog.domain.money.Money;
import java.util.Objects;

/** What a buyer pays each period for a variant under one subscription: the variant's price with its discount. */
public record SubscriptionPrice(String subscriptionId, Money price) {

    public SubscriptionPrice {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(price, "price");
    }
}
