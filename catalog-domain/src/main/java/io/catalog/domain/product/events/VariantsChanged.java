package io.catalog.domain.product.events;

import io.catalog.domain.events.DomainEvent;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.store.StoreId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The stored data of some managed variants of a product changed. */
public record VariantsChanged(StoreId store, ProductId productId, List<VariantChange> variants, Instant occurredAt)
        implements DomainEvent {

    public VariantsChanged {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a variants change has at least one variant");
        }
    }

    /**
     * One changed variant.
     *
     * @param choices       option name to choice display name, in option order
     * @param changedFields API names of its changed fields: {@code price, sku, weight, visible, stock}
     */
    public record VariantChange(VariantId variantId, Map<String, String> choices, List<String> changedFields) {

        public VariantChange {
            Objects.requireNonNull(variantId, "variantId");
            choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
            changedFields = List.copyOf(changedFields);
        }
    }
}
