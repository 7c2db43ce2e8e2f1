package io.catalog.domain.collection.events;

import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.events.DomainEvent;
import io.catalog.domain.store.StoreId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A collection changed; {@code changedFields} names exactly the fields that changed, by their API names. */
public record CollectionChanged(
        StoreId store, CollectionId collectionId, List<String> changedFields, Instant occurredAt)
        implements DomainEvent {

    public CollectionChanged {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(collectionId, "collectionId");
        changedFields = List.copyOf(changedFields);
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
