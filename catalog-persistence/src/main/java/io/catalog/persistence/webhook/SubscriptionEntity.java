package io.catalog.persistence.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** Row of {@code webhook_subscription}. */
@Entity
@Table(name = "webhook_subscription")
public class SubscriptionEntity {

    static final String ALL_TYPES = "*";

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "store_id", updatable = false)
    String storeId;

    @Column(name = "target_url")
    String targetUrl;

    @Column(name = "event_types")
    String eventTypes;

    @Column(name = "secret")
    String secret;

    @Column(name = "format")
    String format;

    @Column(name = "active")
    boolean active;

    @Column(name = "disabled_reason")
    String disabledReason;

    @Column(name = "created_at", updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at")
    OffsetDateTime updatedAt;

    protected SubscriptionEntity() {}

    SubscriptionEntity(WebhookSubscription subscription) {
        this.id = subscription.id();
        this.storeId = subscription.storeId();
        this.createdAt = subscription.createdAt();
        apply(subscription);
    }

    void apply(WebhookSubscription subscription) {
        this.targetUrl = subscription.targetUrl();
        this.eventTypes = subscription.eventTypes().isEmpty()
                ? ALL_TYPES
                : String.join(",", new TreeSet<>(subscription.eventTypes()));
        this.secret = subscription.secret();
        this.format = subscription.format();
        this.active = subscription.active();
        this.disabledReason = subscription.disabledReason();
        this.updatedAt = subscription.updatedAt();
    }

    WebhookSubscription toSubscription() {
        Set<String> types = ALL_TYPES.equals(eventTypes) ? Set.of() : Set.copyOf(Arrays.asList(eventTypes.split(",")));
        return new WebhookSubscription(
                id, storeId, targetUrl, types, secret, format, active, disabledReason, createdAt, updatedAt);
    }
}
