package io.catalog.domain.product.subscription;

import io.catalog.domain.money.DiscountType;
import java.math.BigDecimal;

/**
 * One subscription as a write sends it, unchecked; each value {@code null} when not sent. {@link SubscriptionDetails#of}
 * checks it into a {@link Subscription}.
 *
 * @param id           the subscription's id to keep (a GUID); without one, a new id is given
 * @param autoRenewal  {@code true} (or not sent) without {@code billingCycles}: renewed until cancelled
 * @param discountType {@code null} when no discount is sent
 */
public record NewSubscription(
        String id,
        String title,
        String description,
        Boolean visible,
        SubscriptionFrequency frequency,
        Integer interval,
        Boolean autoRenewal,
        Integer billingCycles,
        DiscountType discountType,
        BigDecimal amountOff,
        BigDecimal percentOff) {}
