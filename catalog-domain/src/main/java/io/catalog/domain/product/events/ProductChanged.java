package io.catalog.domain.product.events;

import io.catalog.domain.events.DomainEvent;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.store.StoreId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A product was changed.
 *
 * @param changedFields API names of the changed fields, e.g. {@code ["name", "price"]}; never empty
 */
public record ProductChanged(StoreId store, ProductId productId, List<String> changedFields, Instant occurredAt)
        implements DomainEvent {

    public ProductChanged {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        changedFields = List.copyOf(changedFields);
        if (changedFields.isEmpty()) {
            throw new IllegalArgumentException("a product change has at least one changed field");
        }
    }
}
