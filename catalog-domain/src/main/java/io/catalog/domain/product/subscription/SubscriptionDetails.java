package io.catalog.domain.product.subscription;

import io.catalog.domain.money.DiscountType;
import io.catalog.domain.money.Money;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A product's subscriptions (Catalog V3's {@code subscriptionDetails}): at most {@value #MAX_SUBSCRIPTIONS}, with
 * distinct ids, and whether the product may also be bought once. Defined once for the product, their discounts apply
 * to each variant's price ({@link #pricesFor}). Without subscriptions there is nothing to allow, so
 * {@code allowOneTimePurchases} is {@code false} ({@link #NONE}).
 *
 * <p>Errors name {@code subscriptionDetails.subscriptions[i]...}.
 */
public record SubscriptionDetails(List<Subscription> subscriptions, boolean allowOneTimePurchases) {

    public static final int MAX_SUBSCRIPTIONS = 6;
    public static final SubscriptionDetails NONE = new SubscriptionDetails(List.of(), false);

    static final String FIELD = "subscriptionDetails";
    static final String LIST = FIELD + ".subscriptions";

    public SubscriptionDetails {
        subscriptions = List.copyOf(Objects.requireNonNull(subscriptions, "subscriptions"));
        if (subscriptions.size() > MAX_SUBSCRIPTIONS) {
            throw new ValidationException(
                    LIST,
                    ErrorCodes.OUT_OF_RANGE,
                    "must hold at most " + MAX_SUBSCRIPTIONS + " subscriptions (was " + subscriptions.size() + ")");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < subscriptions.size(); i++) {
            if (!ids.add(subscriptions.get(i).id())) {
                throw new ValidationException(
                        LIST + "[" + i + "].id", ErrorCodes.NOT_ALLOWED, "repeats another subscription's id");
            }
        }
        allowOneTimePurchases = allowOneTimePurchases && !subscriptions.isEmpty();
    }

    /**
     * The subscriptions sent, checked, amounts in {@code currency}. A subscription without an id gets a new one.
     *
     * @throws ValidationException naming {@code subscriptionDetails.subscriptions[i].field}
     */
    public static SubscriptionDetails of(List<NewSubscription> sent, boolean allowOneTimePurchases, Currency currency) {
        Objects.requireNonNull(sent, "sent");
        if (sent.size() > MAX_SUBSCRIPTIONS) {
            throw new ValidationException(
                    LIST,
                    ErrorCodes.OUT_OF_RANGE,
                    "must hold at most " + MAX_SUBSCRIPTIONS + " subscriptions (was " + sent.size() + ")");
        }
        List<Subscription> checked = new java.util.ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            try {
                checked.add(subscription(sent.get(i), currency));
            } catch (ValidationException e) {
                throw e.nestedIn(LIST + "[" + i + "]");
            }
        }
        return new SubscriptionDetails(checked, allowOneTimePurchases);
    }

    private static Subscription subscription(NewSubscription s, Currency currency) {
        Integer cycles = s.billingCycles();
        if (Boolean.FALSE.equals(s.autoRenewal()) && cycles == null) {
            throw new ValidationException(
                    "autoRenewal", ErrorCodes.NOT_ALLOWED, "cannot be false: send billingCycles instead");
        }
        if (Boolean.TRUE.equals(s.autoRenewal()) && cycles != null) {
            throw new ValidationException(
                    "billingCycles", ErrorCodes.NOT_ALLOWED, "must not be sent with autoRenewal: true");
        }
        SubscriptionDiscount discount = null;
        if (s.discountType() != null || s.amountOff() != null || s.percentOff() != null) {
            try {
                discount = new SubscriptionDiscount(
                        s.discountType(),
                        s.amountOff() == null ? null : amount(s.amountOff(), currency),
                        s.percentOff());
            } catch (ValidationException e) {
                throw e.nestedIn("discount");
            }
        }
        return new Subscription(
                s.id() == null ? UUID.randomUUID().toString() : s.id(),
                s.title(),
                s.description(),
                s.visible() == null || s.visible(),
                s.frequency(),
                s.interval() == null ? 1 : s.interval(),
                cycles,
                discount);
    }

    private static Money amount(BigDecimal amount, Currency currency) {
        try {
            return new Money(amount, currency);
        } catch (ValidationException e) {
            throw e.relocatedTo("amountOff");
        }
    }

    /** Whether the product has subscriptions. */
    public boolean isEmpty() {
        return subscriptions.isEmpty();
    }

    /** The price of a variant whose buyers pay {@code actualPrice} under each subscription, in order. */
    public List<SubscriptionPrice> pricesFor(Money actualPrice) {
        return subscriptions.stream()
                .map(s -> new SubscriptionPrice(
                        s.id(),
                        s.discount() == null ? actualPrice : s.discount().applyTo(actualPrice)))
                .toList();
    }

    /**
     * Checks that no amount off is above {@code lowestPrice}, the lowest price a buyer pays for a variant: a
     * subscription price is never below zero.
     *
     * @throws ValidationException {@code OUT_OF_RANGE} on {@code subscriptionDetails.subscriptions[i].discount.amountOff}
     */
    public void requireDiscountsWithin(Money lowestPrice) {
        for (int i = 0; i < subscriptions.size(); i++) {
            SubscriptionDiscount discount = subscriptions.get(i).discount();
            if (discount != null
                    && discount.type() == DiscountType.AMOUNT
                    && discount.amountOff().compareTo(lowestPrice) > 0) {
                throw new ValidationException(
                        LIST + "[" + i + "].discount.amountOff",
                        ErrorCodes.OUT_OF_RANGE,
                        "must not be above the lowest variant price ("
                                + lowestPrice.amount().toPlainString() + ")");
            }
        }
    }
}
