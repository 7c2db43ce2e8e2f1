package io.catalog.domain.application;

import java.util.List;
import java.util.Objects;

import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.collection.Membership;
import io.catalog.domain.product.Product;
import io.catalog.domain.store.StoreSettings;

/**
 * What an answer about a product is made of, read together in one transaction: the product, the stored collections
 * it belongs to, and its store's settings (currency, site address).
 */
public record ProductView(Product product, List<Membership> memberships, StoreSettings store) {

    public ProductView {
        Objects.requireNonNull(product, "product");
        memberships = List.copyOf(memberships);
        Objects.requireNonNull(store, "store");
    }

    /**
     * The stored collections the product belongs to, as a caller sees them: with {@code visibleOnly} (callers that
     * may only read, such as storefronts) hidden collections are left out, as they are from collection reads.
     */
    public List<CollectionId> collectionIds(boolean visibleOnly) {
        return memberships.stream()
                .filter(membership -> membership.visible() || !visibleOnly)
                .map(Membership::collection)
                .toList();
    }
}
