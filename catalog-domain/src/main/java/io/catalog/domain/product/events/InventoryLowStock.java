package io.catalog.domain.product.events;

import io.catalog.domain.events.DomainEvent;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.store.StoreId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Tracked quantities of a product fell to or below its warning limit (Ecwid's {@code warningLimit}, "send me a note
 * when quantity in stock reaches"). Raised once per fall: not again while the quantity stays at or below the limit.
 *
 * @param variants each variant whose quantity fell, with its quantity now
 */
public record InventoryLowStock(
        StoreId store,
        ProductId productId,
        UUID inventoryItemId,
        int warningLimit,
        List<LowVariant> variants,
        Instant occurredAt)
        implements DomainEvent {

    public InventoryLowStock {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(inventoryItemId, "inventoryItemId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a low-stock event names at least one variant");
        }
    }

    /** A variant whose tracked quantity fell to or below the limit, and that quantity. */
    public record LowVariant(VariantId variantId, int quantity) {

        public LowVariant {
            Objects.requireNonNull(variantId, "variantId");
        }
    }
}
