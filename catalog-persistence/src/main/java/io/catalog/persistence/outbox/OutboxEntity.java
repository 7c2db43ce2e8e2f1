package io.catalog.persistence.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Row of {@code event_outbox}: one domain event, recorded with the change that raised it, until it is published. */
@Entity
@Table(name = "event_outbox")
public class OutboxEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "store_id", updatable = false)
    String storeId;

    @Column(name = "event_type", updatable = false)
    String eventType;

    @Column(name = "aggregate_type", updatable = false)
    String aggregateType;

    @Column(name = "aggregate_id", updatable = false)
    String aggregateId;

    @Column(name = "sequence", updatable = false)
    long sequence;

    @Column(name = "payload", updatable = false)
    String payload;

    @Column(name = "occurred_at", updatable = false)
    OffsetDateTime occurredAt;

    @Column(name = "published_at")
    OffsetDateTime publishedAt;

    @Column(name = "attempts")
    int attempts;

    @Column(name = "next_attempt_at")
    OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    String lastError;

    protected OutboxEntity() {}

    OutboxEntity(String id, NewOutboxEvent event, long sequence) {
        this.id = id;
        this.storeId = event.storeId();
        this.eventType = event.eventType();
        this.aggregateType = event.aggregateType();
        this.aggregateId = event.aggregateId();
        this.sequence = sequence;
        this.payload = event.payload();
        this.occurredAt = event.occurredAt();
        this.attempts = 0;
        this.nextAttemptAt = event.occurredAt();
    }

    OutboxEvent toEvent() {
        return new OutboxEvent(
                id, storeId, eventType, aggregateType, aggregateId, sequence, payload, occurredAt, attempts);
    }
}
