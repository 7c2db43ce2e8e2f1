package io.catalog.events.payload.v3;

import io.catalog.domain.product.ProductId;
import io.catalog.events.json.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.UUID;

/**
 * The envelope of a V3 event, Wix's entity event: {@code {id, entityFqdn, slug, entityId, <slug>Event,
 * eventTime, triggeredByAnonymizeRequest}}. Its {@code id} is the event's id (the outbox records the event under it,
 * and webhooks and JMS send it as the event id).
 */
final class V3Envelope {

    /** The fully qualified name of the V3 product entity. */
    static final String PRODUCT_FQDN = "wix.stores.catalog.v3.product";

    private V3Envelope() {}

    /** A new event id. */
    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The envelope of event {@code id} about {@code product}, with {@code body} under {@code <slug>Event}. */
    static JsonObject of(String id, String slug, ProductId product, JsonObjectBuilder body, Instant at) {
        return Jsons.createObjectBuilder()
                .add("id", id)
                .add("entityFqdn", PRODUCT_FQDN)
                .add("slug", slug)
                .add("entityId", product.toString())
                .add(slug + "Event", body)
                .add("eventTime", at.toString())
                .add("triggeredByAnonymizeRequest", false)
                .build();
    }
}
