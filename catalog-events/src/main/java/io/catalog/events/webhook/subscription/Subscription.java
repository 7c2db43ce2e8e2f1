package io.catalog.events.webhook.subscription;

import io.catalog.events.payload.v3.V3EventTypes;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * A store's webhook subscription.
 *
 * @param eventTypes     the event types delivered; empty means every type but the V3 ones, which are delivered only
 *                       when named
 * @param secret         {@code whsec_} + base64 of the HMAC key of the {@code standard} format; never log it
 * @param format         {@code wix} or {@code standard}
 * @param disabledReason why the service deactivated it (a 410 answer), or {@code null}
 */
public record Subscription(
        String id,
        String storeId,
        String targetUrl,
        Set<String> eventTypes,
        String secret,
        String format,
        boolean active,
        String disabledReason,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(targetUrl, "targetUrl");
        eventTypes = Set.copyOf(eventTypes);
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(format, "format");
    }

    /** A new subscription, created and updated {@code now}; {@code active} {@code null} means active. */
    public static Subscription create(
            String id,
            String storeId,
            String targetUrl,
            Set<String> eventTypes,
            String secret,
            String format,
            Boolean active,
            OffsetDateTime now) {
        return new Subscription(
                id, storeId, targetUrl, eventTypes, secret, format, active == null || active, null, now, now);
    }

    /**
     * The subscription with the values sent ({@code null}: not sent, kept). Activating it clears why it was
     * deactivated.
     */
    public Subscription changedTo(
            String targetUrl,
            Set<String> eventTypes,
            String secret,
            String format,
            Boolean active,
            OffsetDateTime now) {
        boolean nowActive = active == null ? this.active : active;
        return new Subscription(
                id,
                storeId,
                targetUrl == null ? this.targetUrl : targetUrl,
                eventTypes == null ? this.eventTypes : eventTypes,
                secret == null ? this.secret : secret,
                format == null ? this.format : format,
                nowActive,
                nowActive ? null : disabledReason,
                createdAt,
                now);
    }

    /**
     * Whether events of {@code eventType} go to this subscription. An empty list means every v1 type: the V3 events
     * ({@code wix.stores.catalog.v3.*}) tell of the same changes again, so they go only where they are named.
     */
    public boolean wants(String eventType) {
        return eventTypes.isEmpty() ? !V3EventTypes.isV3(eventType) : eventTypes.contains(eventType);
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "Subscription[id=" + id + ", storeId=" + storeId + ", targetUrl=" + targetUrl + "]";
    }
}
