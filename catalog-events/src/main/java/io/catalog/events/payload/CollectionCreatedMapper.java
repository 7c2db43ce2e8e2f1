package io.catalog.events.payload;

import io.catalog.domain.collection.events.CollectionCreated;
import io.catalog.events.json.Jsons;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code CollectionCreated}: {@code {collectionId, name, media}}. */
@ApplicationScoped
public class CollectionCreatedMapper implements EventMapper<CollectionCreated> {

    public static final String EVENT_TYPE = "CollectionCreated";

    @Override
    public Class<CollectionCreated> eventType() {
        return CollectionCreated.class;
    }

    @Override
    public String typeName() {
        return EVENT_TYPE;
    }

    @Override
    public OutgoingEvent map(CollectionCreated event) {
        return new OutgoingEvent(
                EVENT_TYPE,
                OutgoingEvent.COLLECTION,
                event.collectionId().value(),
                Jsons.createObjectBuilder()
                        .add("collectionId", event.collectionId().value())
                        .add("name", event.name())
                        .add("media", Jsons.createObjectBuilder().add("items", Jsons.createArrayBuilder()))
                        .build());
    }
}
