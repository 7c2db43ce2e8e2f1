package io.catalog.domain.product.events;

import io.catalog.domain.events.DomainEvent;
import io.catalog.domain.product.InventoryChange;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.store.StoreId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The stock of some variants of a product changed (Wix Stores Inventory's "Inventory Variants Changed"): through the
 * inventory API, an increment or decrement, or a product or variants change. Lists each variant whose stock, as
 * the inventory shows it, differs, with its stock before and after.
 */
public record InventoryVariantsChanged(
        StoreId store, ProductId productId, UUID inventoryItemId, List<InventoryChange> variants, Instant occurredAt)
        implements DomainEvent {

    public InventoryVariantsChanged {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(inventoryItemId, "inventoryItemId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("an inventory change has at least one variant");
        }
    }
}
