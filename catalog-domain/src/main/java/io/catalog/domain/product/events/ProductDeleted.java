package io.catalog.domain.product.events;

import io.catalog.domain.events.DomainEvent;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.store.StoreId;
import java.time.Instant;
import java.util.Objects;

/** A product was deleted. */
public record ProductDeleted(StoreId store, ProductId productId, Instant occurredAt) implements DomainEvent {

    public ProductDeleted {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
