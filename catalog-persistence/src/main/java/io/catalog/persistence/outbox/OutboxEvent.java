package io.catalog.persistence.outbox;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An event recorded in the outbox.
 *
 * @param id       the event's id, stable across redeliveries: receivers de-duplicate by it
 * @param sequence the event's number among its aggregate's events: 1, 2, 3, ... in commit order
 * @param attempts how many times publishing it failed so far
 */
public record OutboxEvent(
        String id,
        String storeId,
        String eventType,
        String aggregateType,
        String aggregateId,
        long sequence,
        String payload,
        OffsetDateTime occurredAt,
        int attempts) {

    public OutboxEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** The aggregate the event belongs to, as one key: {@code aggregateType/aggregateId}. */
    public String aggregateKey() {
        return aggregateType + "/" + aggregateId;
    }
}
