package io.catalog.persistence.product;

import io.catalog.domain.money.DiscountType;
import io.catalog.domain.money.Money;
import io.catalog.domain.product.subscription.Subscription;
import io.catalog.domain.product.subscription.SubscriptionDetails;
import io.catalog.domain.product.subscription.SubscriptionDiscount;
import io.catalog.domain.product.subscription.SubscriptionFrequency;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.Currency;
import java.util.List;

/**
 * A product's {@link SubscriptionDetails} in its columns of the product row, and back: the subscriptions as JSON text
 * (JSON-P), {@code null} when none, and the one-time purchase flag. Pure data copying; the domain checks the values
 * again when they are read.
 */
final class SubscriptionColumns {

    private SubscriptionColumns() {}

    static void write(SubscriptionDetails details, ProductEntity p) {
        p.allowOneTimePurchases = details.allowOneTimePurchases();
        if (details.isEmpty()) {
            p.subscriptions = null;
            return;
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Subscription s : details.subscriptions()) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("id", s.id())
                    .add("title", s.title())
                    .add("visible", s.visible())
                    .add("frequency", s.frequency().name())
                    .add("interval", s.interval());
            if (s.description() != null) {
                o.add("description", s.description());
            }
            if (s.billingCycles() != null) {
                o.add("billingCycles", s.billingCycles());
            }
            SubscriptionDiscount d = s.discount();
            if (d != null) {
                JsonObjectBuilder discount =
                        Json.createObjectBuilder().add("type", d.type().name());
                if (d.amountOff() != null) {
                    discount.add("amountOff", d.amountOff().amount());
                }
                if (d.percentOff() != null) {
                    discount.add("percentOff", d.percentOff());
                }
                o.add("discount", discount);
            }
            list.add(o);
        }
        p.subscriptions = list.build().toString();
    }

    static SubscriptionDetails read(ProductEntity p) {
        if (p.subscriptions == null) {
            return SubscriptionDetails.NONE;
        }
        Currency currency = Currency.getInstance(p.currency);
        JsonArray list;
        try (var reader = Json.createReader(new StringReader(p.subscriptions))) {
            list = reader.readArray();
        }
        List<Subscription> subscriptions = list.getValuesAs(JsonObject.class).stream()
                .map(o -> new Subscription(
                        o.getString("id"),
                        o.getString("title"),
                        o.getString("description", null),
                        o.getBoolean("visible"),
                        SubscriptionFrequency.valueOf(o.getString("frequency")),
                        o.getInt("interval"),
                        o.containsKey("billingCycles") ? o.getInt("billingCycles") : null,
                        o.containsKey("discount") ? discount(o.getJsonObject("discount"), currency) : null))
                .toList();
        return new SubscriptionDetails(subscriptions, p.allowOneTimePurchases);
    }

    private static SubscriptionDiscount discount(JsonObject d, Currency currency) {
        return new SubscriptionDiscount(
                DiscountType.valueOf(d.getString("type")),
                d.containsKey("amountOff")
                        ? new Money(d.getJsonNumber("amountOff").bigDecimalValue(), currency)
                        : null,
                d.containsKey("percentOff") ? d.getJsonNumber("percentOff").bigDecimalValue() : null);
    }
}
