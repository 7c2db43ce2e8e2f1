package io.catalog.domain.product.subscription;

/** How often a subscription is paid (and delivered): every {@code interval} days, weeks, months or years. */
public enum SubscriptionFrequency {
    DAY,
    WEEK,
    MONTH,
    YEAR
}
