package io.catalog.events.payload;

import io.catalog.domain.collection.events.CollectionDeleted;
import io.catalog.events.json.Jsons;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code CollectionDeleted}: {@code {collectionId}}. */
@ApplicationScoped
public class CollectionDeletedMapper implements EventMapper<CollectionDeleted> {

    public static final String EVENT_TYPE = "CollectionDeleted";

    @Override
    public Class<CollectionDeleted> eventType() {
        return CollectionDeleted.class;
    }

    @Override
    public String typeName() {
        return EVENT_TYPE;
    }

    @Override
    public OutgoingEvent map(CollectionDeleted event) {
        return new OutgoingEvent(
                EVENT_TYPE,
                OutgoingEvent.COLLECTION,
                event.collectionId().value(),
                Jsons.createObjectBuilder()
                        .add("collectionId", event.collectionId().value())
                        .build());
    }
}
