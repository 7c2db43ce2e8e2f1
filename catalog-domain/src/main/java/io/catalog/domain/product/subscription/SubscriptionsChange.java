package io.catalog.domain.product.subscription;

import java.util.List;
import java.util.Objects;

/**
 * The subscriptions a write sets, replacing the product's ({@link #REMOVE}: none). A write that leaves them as they
 * are carries no change ({@code null}).
 */
public record SubscriptionsChange(List<NewSubscription> subscriptions, boolean allowOneTimePurchases) {

    /** Removes every subscription. */
    public static final SubscriptionsChange REMOVE = new SubscriptionsChange(List.of(), false);

    public SubscriptionsChange {
        subscriptions = List.copyOf(Objects.requireNonNull(subscriptions, "subscriptions"));
    }
}
