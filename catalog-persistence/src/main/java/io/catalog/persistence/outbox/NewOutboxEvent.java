package io.catalog.persistence.outbox;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An event to record in the outbox; the outbox gives it its id and its sequence number.
 *
 * @param eventType     the event's name, e.g. {@code ProductCreated}
 * @param aggregateType what the event is about, e.g. {@code product}; sequence numbers count per aggregate
 * @param payload       the event's data as JSON text
 * @param opensAggregate whether this is the first event of a new aggregate (its creation), so that no number was
 *                       handed out to the aggregate before
 * @param id             the event's id when the payload names it (a V3 event's {@code id}); {@code null}: the outbox
 *                       draws one
 */
public record NewOutboxEvent(
        String storeId,
        String eventType,
        String aggregateType,
        String aggregateId,
        String payload,
        OffsetDateTime occurredAt,
        boolean opensAggregate,
        String id) {

    /** An event whose id the outbox draws. */
    public NewOutboxEvent(
            String storeId,
            String eventType,
            String aggregateType,
            String aggregateId,
            String payload,
            OffsetDateTime occurredAt,
            boolean opensAggregate) {
        this(storeId, eventType, aggregateType, aggregateId, payload, occurredAt, opensAggregate, null);
    }

    /** An event of an aggregate that may have had events before. */
    public NewOutboxEvent(
            String storeId,
            String eventType,
            String aggregateType,
            String aggregateId,
            String payload,
            OffsetDateTime occurredAt) {
        this(storeId, eventType, aggregateType, aggregateId, payload, occurredAt, false, null);
    }

    public NewOutboxEvent {
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
