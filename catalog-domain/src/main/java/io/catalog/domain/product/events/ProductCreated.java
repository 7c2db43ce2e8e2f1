package io.catalog.domain.product.events;

import io.catalog.domain.events.AggregateCreated;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductState;
import io.catalog.domain.store.StoreId;
import java.time.Instant;
import java.util.Objects;

/**
 * A product was created; {@code product} is the product as created (an immutable snapshot), so that the event's
 * payload needs no second read of it.
 */
public record ProductCreated(StoreId store, ProductId productId, ProductState product, Instant occurredAt)
        implements AggregateCreated {

    public ProductCreated {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
