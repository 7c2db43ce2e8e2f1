package io.catalog.web.webhooks;

import io.catalog.events.webhook.subscription.Subscription;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as the API shows it; the secret only in the answer that created it. */
@Schema(name = "WebhookSubscription")
@JsonbPropertyOrder({
    "id",
    "targetUrl",
    "eventTypes",
    "format",
    "active",
    "disabledReason",
    "secret",
    "createdDate",
    "updatedDate"
})
public record SubscriptionDto(
        @Schema(readOnly = true, example = "3f1c0a4e-8d0b-4f4e-9a55-2b1f0c7d9e21")
        String id,

        @Schema(
                description = "Where deliveries are POSTed: an absolute http or https URL, at most 2048 characters",
                required = true,
                example = "https://erp.example.com/hooks/catalog")
        String targetUrl,

        @Schema(
                description = SubscriptionDto.EVENT_TYPES_DESCRIPTION,
                example = "[\"ProductCreated\", \"ProductChanged\"]")
        List<String> eventTypes,

        @Schema(
                description = "wix (a JWT signed RS256, verify with the JWKS) or standard (Standard Webhooks, HMAC)",
                enumeration = {"wix", "standard"},
                example = "standard")
        String format,

        @Schema(
                description = "Whether events are delivered; the service deactivates a subscription whose target "
                        + "answers 410",
                example = "true")
        Boolean active,

        @Schema(readOnly = true, description = "Why the service deactivated it")
        String disabledReason,

        @Schema(
                description = "whsec_ + base64 of a 24 to 64 byte HMAC key; generated when absent; answered only on "
                        + "creation",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret,

        @Schema(readOnly = true) String createdDate,
        @Schema(readOnly = true) String updatedDate) {

    /** {@code {"subscription": {...}}}: the envelope of subscription requests and answers. */
    @Schema(name = "WebhookSubscriptionEnvelope")
    public record Envelope(SubscriptionDto subscription) {}

    /** {@code {"subscriptions": [...]}}. */
    @Schema(name = "WebhookSubscriptionList")
    public record ListEnvelope(List<SubscriptionDto> subscriptions) {}

    /**
     * The description of {@code eventTypes}: every event type there is, in the order of their names.
     * {@code EventTypesDocumentedTest} holds it to the event mappers' types.
     */
    static final String EVENT_TYPES_DESCRIPTION = "Event types delivered: CollectionChanged, CollectionCreated, "
            + "CollectionDeleted, InventoryLowStock, InventoryVariantsChanged, ProductChanged, ProductCreated, "
            + "ProductDeleted, VariantsChanged, wix.stores.catalog.v3.product_created, "
            + "wix.stores.catalog.v3.product_deleted, wix.stores.catalog.v3.product_updated; empty or absent means "
            + "every type but the V3 ones (wix.stores.catalog.v3.*), which are delivered only when named";

    /** The subscription without its secret. */
    public static SubscriptionDto of(Subscription s) {
        return new SubscriptionDto(
                s.id(),
                s.targetUrl(),
                List.copyOf(new TreeSet<>(s.eventTypes())),
                s.format(),
                s.active(),
                s.disabledReason(),
                null,
                s.createdAt().toInstant().toString(),
                s.updatedAt().toInstant().toString());
    }

    /** The subscription with its secret: the answer that created it. */
    public static SubscriptionDto withSecret(Subscription s) {
        SubscriptionDto dto = of(s);
        return new SubscriptionDto(
                dto.id,
                dto.targetUrl,
                dto.eventTypes,
                dto.format,
                dto.active,
                dto.disabledReason,
                s.secret(),
                dto.createdDate,
                dto.updatedDate);
    }

    @Override
    public String toString() {
        return "SubscriptionDto[id=" + id + ", targetUrl=" + targetUrl + "]";
    }
}
