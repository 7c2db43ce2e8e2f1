package io.catalog.events.payload;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * A domain event as it leaves the catalog: its published name, the aggregate whose event stream it belongs to, and
 * its payload in the shape of seed 002 (or, for V3 events, of Wix's Catalog V3 events).
 *
 * @param eventType     the published name, e.g. {@code ProductCreated}
 * @param aggregateType the kind of aggregate, e.g. {@value #PRODUCT}; sequence numbers count per aggregate
 * @param aggregateId   the aggregate's id, e.g. the product id
 * @param eventId       the event's id when the payload names it (V3 events); {@code null}: the outbox draws one
 */
public record OutgoingEvent(
        String eventType, String aggregateType, String aggregateId, JsonObject payload, String eventId) {

    /** Aggregate type of the product events. */
    public static final String PRODUCT = "product";
    /** Aggregate type of collection events. */
    public static final String COLLECTION = "collection";

    /** An event whose id the outbox draws. */
    public OutgoingEvent(String eventType, String aggregateType, String aggregateId, JsonObject payload) {
        this(eventType, aggregateType, aggregateId, payload, null);
    }

    public OutgoingEvent {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
    }
}
