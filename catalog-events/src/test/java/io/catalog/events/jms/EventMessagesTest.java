package io.catalog.events.jms;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.persistence.outbox.OutboxEvent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class EventMessagesTest {

    @Test
    void theBodyIsTheEnvelopeWithThePayloadAsData() {
        OutboxEvent event = new OutboxEvent(
                "e-1",
                "store-1",
                "ProductChanged",
                "product",
                "p-1",
                3,
                "{\"productId\":\"p-1\",\"changedFields\":[\"price\"]}",
                OffsetDateTime.parse("2026-11-22T10:15:30.123Z"),
                0);

        JsonObject body =
                Json.createReader(new StringReader(EventMessages.body(event))).readObject();

        assertThat(body).isEqualTo(Json.createReader(new StringReader("""
                {"eventId": "e-1", "eventType": "ProductChanged", "store": "store-1", "aggregateType": "product",
                 "aggregateId": "p-1", "sequence": 3, "occurredAt": "2026-11-22T10:15:30.123Z",
                 "data": {"productId": "p-1", "changedFields": ["price"]}}""")).readObject());
    }

    @Test
    void theDialectTellsV3EventsFromTheOthers() {
        assertThat(EventMessages.dialect(event("ProductChanged"))).isEqualTo("v1");
        assertThat(EventMessages.dialect(event("wix.stores.catalog.v3.product_created")))
                .isEqualTo("v3");
    }

    private static OutboxEvent event(String type) {
        return new OutboxEvent(
                "e-1", "store-1", type, "product", "p-1", 1, "{}", OffsetDateTime.parse("2026-11-22T10:15:30Z"), 0);
    }
}
