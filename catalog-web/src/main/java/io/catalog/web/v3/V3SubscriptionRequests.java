package io.catalog.web.v3;

import io.catalog.domain.money.DiscountType;
import io.catalog.domain.product.subscription.NewSubscription;
import io.catalog.domain.product.subscription.SubscriptionFrequency;
import io.catalog.domain.product.subscription.SubscriptionsChange;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code product.subscriptionDetails} of a Catalog V3 write ({@code {"subscriptions": [...],
 * "allowOneTimePurchases"}}) into the domain's {@link SubscriptionsChange}: the subscriptions sent replace the
 * product's (an empty list, or a field mask naming {@code subscriptionDetails} without a value, removes them). The
 * shape and enums are checked here, naming the request's paths; the limits by the domain
 * ({@link io.catalog.domain.product.subscription.SubscriptionDetails}), whose errors name
 * {@code subscriptionDetails.subscriptions[i]...} inside {@code product}.
 */
final class V3SubscriptionRequests {

    static final String FIELD = "subscriptionDetails";

    private V3SubscriptionRequests() {}

    /** The subscriptions sent, {@code null} when {@code subscriptionDetails} is not sent. */
    static SubscriptionsChange read(JsonInput p) {
        JsonInput details = p.object(FIELD);
        if (details == null) {
            return null;
        }
        V3Fields.refuseOthers(details, Set.of("subscriptions", "allowOneTimePurchases"), Set.of());
        List<NewSubscription> subscriptions = details.objects("subscriptions", V3SubscriptionRequests::subscription);
        Boolean oneTime = details.bool("allowOneTimePurchases");
        return new SubscriptionsChange(subscriptions == null ? List.of() : subscriptions, Boolean.TRUE.equals(oneTime));
    }

    private static NewSubscription subscription(JsonInput s) {
        V3Fields.refuseOthers(
                s,
                Set.of(
                        "id",
                        "title",
                        "description",
                        "visible",
                        "frequency",
                        "interval",
                        "discount",
                        "autoRenewal",
                        "billingCycles"),
                Set.of());
        DiscountType type = null;
        java.math.BigDecimal amountOff = null;
        java.math.BigDecimal percentOff = null;
        JsonInput discount = s.object("discount");
        if (discount != null) {
            V3Fields.refuseOthers(discount, Set.of("type", "amountOff", "percentOff"), Set.of());
            type = discountType(discount);
            amountOff = discount.decimalOrString("amountOff");
            percentOff = discount.decimalOrString("percentOff");
        }
        return new NewSubscription(
                s.string("id"),
                s.string("title"),
                s.string("description"),
                s.bool("visible"),
                frequency(s),
                s.integer("interval"),
                s.bool("autoRenewal"),
                s.integer("billingCycles"),
                type,
                amountOff,
                percentOff);
    }

    private static SubscriptionFrequency frequency(JsonInput s) {
        String frequency = s.string("frequency");
        if (frequency == null) {
            return null;
        }
        try {
            return SubscriptionFrequency.valueOf(frequency);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(
                    s.path("frequency"), ErrorCodes.UNKNOWN_ENUM_VALUE, "must be DAY, WEEK, MONTH or YEAR");
        }
    }

    private static DiscountType discountType(JsonInput discount) {
        String type = discount.string("type");
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "AMOUNT" -> DiscountType.AMOUNT;
            case "PERCENT" -> DiscountType.PERCENT;
            default ->
                throw new ValidationException(
                        discount.path("type"), ErrorCodes.UNKNOWN_ENUM_VALUE, "must be AMOUNT or PERCENT");
        };
    }
}
