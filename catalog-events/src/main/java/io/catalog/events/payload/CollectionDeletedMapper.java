package io.catalog.events.payload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;

import io.catalog.domain.collection.events.CollectionDeleted;

/** {@code CollectionDeleted}: {@code {collectionId}}. */
@ApplicationScoped
public class CollectionDeletedMapper implements EventMapper<CollectionDeleted> {

    public static final String EVENT_TYPE = "CollectionDeleted";

    @Override
    public Class<CollectionDeleted> eventType() {
        return CollectionDeleted.class;
    }

    @Override
    public OutgoingEvent map(CollectionDeleted event) {
        return new OutgoingEvent(EVENT_TYPE, OutgoingEvent.COLLECTION, event.collectionId().value(),
                Json.createObjectBuilder().add("collectionId", event.collectionId().value()).build());
    }
}
