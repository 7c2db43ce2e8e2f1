package io.catalog.domain.collection.events;

import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.events.AggregateCreated;
import io.catalog.domain.store.StoreId;
import java.time.Instant;
import java.util.Objects;

/** A collection was created. */
public record CollectionCreated(StoreId store, CollectionId collectionId, String name, Instant occurredAt)
        implements AggregateCreated {

    public CollectionCreated {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(collectionId, "collectionId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
