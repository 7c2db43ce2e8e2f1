package io.catalog.events.payload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;

import io.catalog.domain.collection.events.CollectionCreated;

/** {@code CollectionCreated}: {@code {collectionId, name, media}}. */
@ApplicationScoped
public class CollectionCreatedMapper implements EventMapper<CollectionCreated> {

    public static final String EVENT_TYPE = "CollectionCreated";

    @Override
    public Class<CollectionCreated> eventType() {
        return CollectionCreated.class;
    }

    @Override
    public OutgoingEvent map(CollectionCreated event) {
        return new OutgoingEvent(EVENT_TYPE, OutgoingEvent.COLLECTION, event.collectionId().value(),
                Json.createObjectBuilder()
                        .add("collectionId", event.collectionId().value())
                        .add("name", event.name())
                        .add("media", Json.createObjectBuilder().add("items", Json.createArrayBuilder()))
                        .build());
    }
}
