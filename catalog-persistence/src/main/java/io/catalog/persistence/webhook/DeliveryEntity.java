package io.catalog.persistence.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Row of {@code webhook_delivery}: one event to send to one subscription, and how its attempts went. */
@Entity
@Table(name = "webhook_delivery")
public class DeliveryEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "subscription_id", updatable = false)
    String subscriptionId;

    @Column(name = "event_id", updatable = false)
    String eventId;

    @Column(name = "event_type", updatable = false)
    String eventType;

    @Column(name = "aggregate_key", updatable = false)
    String aggregateKey;

    @Column(name = "sequence", updatable = false)
    long sequence;

    @Column(name = "status")
    String status;

    @Column(name = "attempts")
    int attempts;

    @Column(name = "next_attempt_at")
    OffsetDateTime nextAttemptAt;

    @Column(name = "created_at", updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "last_attempt_at")
    OffsetDateTime lastAttemptAt;

    @Column(name = "last_status_code")
    Integer lastStatusCode;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "finished_at")
    OffsetDateTime finishedAt;

    protected DeliveryEntity() {}

    DeliveryEntity(
            String id,
            String subscriptionId,
            String eventId,
            String eventType,
            String aggregateKey,
            long sequence,
            OffsetDateTime now) {
        this.id = id;
        this.subscriptionId = subscriptionId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.aggregateKey = aggregateKey;
        this.sequence = sequence;
        this.status = WebhookDelivery.Status.PENDING.name();
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    WebhookDelivery toDelivery() {
        return new WebhookDelivery(
                id,
                subscriptionId,
                eventId,
                eventType,
                aggregateKey,
                sequence,
                WebhookDelivery.Status.valueOf(status),
                attempts,
                nextAttemptAt,
                createdAt,
                lastAttemptAt,
                lastStatusCode,
                lastError,
                finishedAt);
    }
}
