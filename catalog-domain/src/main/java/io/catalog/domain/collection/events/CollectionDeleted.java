package io.catalog.domain.collection.events;

import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.events.DomainEvent;
import io.catalog.domain.store.StoreId;
import java.time.Instant;
import java.util.Objects;

/** A collection was deleted. */
public record CollectionDeleted(StoreId store, CollectionId collectionId, Instant occurredAt) implements DomainEvent {

    public CollectionDeleted {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(collectionId, "collectionId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
