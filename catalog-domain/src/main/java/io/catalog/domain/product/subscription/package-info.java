/**
 * A product's subscriptions (Catalog V3's {@code subscriptionDetails}): {@code SubscriptionDetails} (at most six, with
 * distinct ids, and whether one-time purchases are allowed), each {@code Subscription} and its optional
 * {@code SubscriptionDiscount}, checked when built; {@code NewSubscription} and {@code SubscriptionsChange}, what a
 * write sends; {@code SubscriptionPrice}, a variant's price under a subscription, computed by
 * {@code SubscriptionDetails.pricesFor}. The {@link io.catalog.domain.product.Product} holds one
 * {@code SubscriptionDetails} and replaces it whole ({@code changeSubscriptions}).
 */
package io.catalog.domain.product.subscription;
