package io.catalog.events.payload;

import io.catalog.domain.collection.events.CollectionChanged;
import io.catalog.events.json.Jsons;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code CollectionChanged}: {@code {collectionId, changedFields}}. */
@ApplicationScoped
public class CollectionChangedMapper implements EventMapper<CollectionChanged> {

    public static final String EVENT_TYPE = "CollectionChanged";

    @Override
    public Class<CollectionChanged> eventType() {
        return CollectionChanged.class;
    }

    @Override
    public String typeName() {
        return EVENT_TYPE;
    }

    @Override
    public OutgoingEvent map(CollectionChanged event) {
        return new OutgoingEvent(
                EVENT_TYPE,
                OutgoingEvent.COLLECTION,
                event.collectionId().value(),
                Jsons.createObjectBuilder()
                        .add("collectionId", event.collectionId().value())
                        .add("changedFields", PayloadJson.strings(event.changedFields()))
                        .build());
    }
}
