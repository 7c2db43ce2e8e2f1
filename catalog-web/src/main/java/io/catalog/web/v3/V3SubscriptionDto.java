package io.catalog.web.v3;

import io.catalog.domain.money.DiscountType;
import io.catalog.domain.money.Money;
import io.catalog.domain.product.subscription.Subscription;
import io.catalog.domain.product.subscription.SubscriptionDetails;
import io.catalog.domain.product.subscription.SubscriptionDiscount;
import io.catalog.domain.product.subscription.SubscriptionPrice;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A product's subscriptions in the Catalog V3 shape ({@code subscriptionDetails}) and a variant's prices under them
 * ({@code subscriptionPricesInfo}, answered with {@code fields: ["SUBSCRIPTION_PRICES_INFO"]}).
 */
final class V3SubscriptionDto {

    private V3SubscriptionDto() {}

    /** The product's subscriptions; absent when it has none. */
    @Schema(name = "V3SubscriptionDetails")
    @JsonbPropertyOrder({"subscriptions", "allowOneTimePurchases"})
    public record Details(
            List<SubscriptionDto> subscriptions,

            @Schema(description = "Whether the product may also be bought once, without a subscription")
            Boolean allowOneTimePurchases) {}

    /** One subscription. */
    @Schema(name = "V3Subscription")
    @JsonbPropertyOrder({
        "id",
        "title",
        "description",
        "visible",
        "frequency",
        "interval",
        "discount",
        "autoRenewal",
        "billingCycles"
    })
    public record SubscriptionDto(
            @Schema(description = "GUID; given by the catalog when not sent")
            String id,

            @Schema(maxLength = Subscription.MAX_TITLE) String title,

            @Schema(maxLength = Subscription.MAX_DESCRIPTION, description = "Absent when none")
            String description,

            Boolean visible,

            @Schema(enumeration = {"DAY", "WEEK", "MONTH", "YEAR"})
            String frequency,

            @Schema(minimum = "1", maximum = "" + Subscription.MAX_INTERVAL, description = "Default 1")
            Integer interval,

            DiscountDto discount,

            @Schema(description = "true when renewed until cancelled; absent with billingCycles")
            Boolean autoRenewal,

            @Schema(
                    minimum = "" + Subscription.MIN_BILLING_CYCLES,
                    maximum = "" + Subscription.MAX_BILLING_CYCLES,
                    description = "Payments before the subscription ends; absent with autoRenewal")
            Integer billingCycles) {}

    /** What a subscription takes off each variant's price. */
    @Schema(name = "V3SubscriptionDiscount")
    @JsonbPropertyOrder({"type", "amountOff", "percentOff"})
    public record DiscountDto(
            @Schema(enumeration = {"AMOUNT", "PERCENT"}) String type,

            @Schema(description = "AMOUNT only: an amount of the store currency", example = "2.50")
            String amountOff,

            @Schema(description = "PERCENT only: 1 to 100, at most 2 decimals", example = "10")
            BigDecimal percentOff) {}

    /** A variant's price under each subscription. */
    @Schema(name = "V3SubscriptionPricesInfo")
    public record PricesInfo(List<PriceDto> subscriptionPrices) {}

    /** A variant's price under one subscription: its actual price less the subscription's discount. */
    @Schema(name = "V3SubscriptionPrice")
    @JsonbPropertyOrder({"subscriptionId", "price"})
    public record PriceDto(String subscriptionId, V3ProductDto.Amount price) {}

    /**
     * The subscriptions a caller sees: those visible to site visitors, for a caller that may only read ({@code
     * visibleOnly}); every one otherwise.
     */
    static SubscriptionDetails seen(SubscriptionDetails details, boolean visibleOnly) {
        if (!visibleOnly || details.subscriptions().stream().allMatch(Subscription::visible)) {
            return details;
        }
        return new SubscriptionDetails(
                details.subscriptions().stream().filter(Subscription::visible).toList(),
                details.allowOneTimePurchases());
    }

    /** The details, {@code null} when the product has no subscriptions. */
    static Details of(SubscriptionDetails details) {
        if (details.isEmpty()) {
            return null;
        }
        return new Details(
                details.subscriptions().stream()
                        .map(V3SubscriptionDto::subscription)
                        .toList(),
                details.allowOneTimePurchases());
    }

    /** A variant's prices, {@code null} when the product has no subscriptions. */
    static PricesInfo prices(
            SubscriptionDetails details, Money actualPrice, Function<Money, V3ProductDto.Amount> amount) {
        if (details.isEmpty()) {
            return null;
        }
        List<SubscriptionPrice> prices = details.pricesFor(actualPrice);
        return new PricesInfo(prices.stream()
                .map(p -> new PriceDto(p.subscriptionId(), amount.apply(p.price())))
                .toList());
    }

    private static SubscriptionDto subscription(Subscription s) {
        SubscriptionDiscount d = s.discount();
        return new SubscriptionDto(
                s.id(),
                s.title(),
                s.description(),
                s.visible(),
                s.frequency().name(),
                s.interval(),
                d == null
                        ? null
                        : new DiscountDto(
                                d.type().name(),
                                d.type() == DiscountType.AMOUNT
                                        ? d.amountOff().amount().toPlainString()
                                        : null,
                                d.type() == DiscountType.PERCENT ? d.percentOff() : null),
                s.autoRenewal() ? Boolean.TRUE : null,
                s.billingCycles());
    }
}
