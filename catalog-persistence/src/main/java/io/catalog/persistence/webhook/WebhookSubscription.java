package io.catalog.persistence.webhook;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * A store's webhook subscription as stored.
 *
 * @param eventTypes     the event types delivered; empty means every type
 * @param secret         {@code whsec_} + base64 of the HMAC key of the {@code standard} format; never log it
 * @param format         {@code wix} or {@code standard}
 * @param disabledReason why the service deactivated it (a 410 answer), or {@code null}
 */
public record WebhookSubscription(
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

    public WebhookSubscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(targetUrl, "targetUrl");
        eventTypes = Set.copyOf(eventTypes);
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(format, "format");
    }

    @Override
    public String toString() {
        return "WebhookSubscription[id=" + id + ", storeId=" + storeId + ", targetUrl=" + targetUrl + "]";
    }
}
