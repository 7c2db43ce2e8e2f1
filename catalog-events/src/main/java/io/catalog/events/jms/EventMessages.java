package io.catalog.events.jms;

import io.catalog.events.json.Jsons;
import io.catalog.events.payload.v3.V3EventTypes;
import io.catalog.persistence.outbox.OutboxEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

/**
 * The JMS form of an event: a TextMessage whose body is the JSON envelope below, with the envelope's routing fields
 * repeated as message properties so that subscribers can select on them.
 *
 * <pre>{"eventId": "...", "eventType": "ProductChanged", "store": "...", "aggregateType": "product",
 *  "aggregateId": "...", "sequence": 3, "occurredAt": "2026-11-22T10:15:30.123Z",
 *  "data": {"productId": "...", "changedFields": ["price"]}}</pre>
 *
 * A V3 event's {@code data} is its Catalog V3 envelope ({@code {id, entityFqdn, slug, entityId, ...}}); the
 * {@value #DIALECT} property tells the two apart.
 */
public final class EventMessages {

    /** String property: the event type, e.g. {@code ProductCreated}. */
    public static final String EVENT_TYPE = "eventType";
    /** String property: the store (the {@code instanceId} of the API's tokens). */
    public static final String STORE = "store";
    /** String property: {@code product}, later {@code collection}, ... */
    public static final String AGGREGATE_TYPE = "aggregateType";
    /** String property: the product id (or collection id, ...). */
    public static final String AGGREGATE_ID = "aggregateId";
    /** Long property: the event's number in its aggregate's stream, 1, 2, 3, ... */
    public static final String SEQUENCE = "sequence";
    /** String property (also the JMSCorrelationID): the event id, the same on every redelivery. */
    public static final String EVENT_ID = "eventId";
    /**
     * String property: the shape of the payload, {@value #V1} (seed 002's) or {@value #V3} (a Catalog V3 event), so
     * that a subscriber selects one dialect, e.g. {@code dialect = 'v3'}.
     */
    public static final String DIALECT = "dialect";

    public static final String V1 = "v1";
    public static final String V3 = "v3";

    private EventMessages() {}

    /** The value of the {@value #DIALECT} property of {@code event}. */
    public static String dialect(OutboxEvent event) {
        return V3EventTypes.isV3(event.eventType()) ? V3 : V1;
    }

    /** The message body: the envelope with the payload under {@code data}. */
    public static String body(OutboxEvent event) {
        JsonObject data;
        try (JsonReader reader = Jsons.createReader(new StringReader(event.payload()))) {
            data = reader.readObject();
        }
        return Jsons.createObjectBuilder()
                .add(EVENT_ID, event.id())
                .add(EVENT_TYPE, event.eventType())
                .add(STORE, event.storeId())
                .add(AGGREGATE_TYPE, event.aggregateType())
                .add(AGGREGATE_ID, event.aggregateId())
                .add(SEQUENCE, event.sequence())
                .add("occurredAt", event.occurredAt().toInstant().toString())
                .add("data", data)
                .build()
                .toString();
    }
}
