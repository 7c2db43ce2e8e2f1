package io.catalog.persistence.outbox;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An event to record in the outbox; the outbox gives it its id and its sequence number.
 *
 * @param eventType     the event's name, e.g. {@code ProductCreated}
 * @param aggregateType what the event is about, e.g. {@code product}; sequence numbers count per aggregate
 * @param payload       the event's data as JSON text
 */
public record NewOutboxEvent(String storeId, String eventType, String aggregateType, String aggregateId,
                             String payload, OffsetDateTime occurredAt) {

    public NewOutboxEvent {
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
