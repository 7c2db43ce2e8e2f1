package io.catalog.domain.events;

import io.catalog.domain.store.StoreId;
import java.time.Instant;

/** Something that happened in a store's catalog, published after the state change within the same transaction. */
public interface DomainEvent {

    /** The store whose catalog changed. */
    StoreId store();

    /** When the change happened. */
    Instant occurredAt();
}
