package io.catalog.domain.application;

import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.collection.Membership;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductSummary;
import io.catalog.domain.store.StoreSettings;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an answer about a product is made of, read together in one transaction: the product's summary, the product
 * itself when it was read whole (for answers that list its variants), the stored collections it belongs to, and its
 * store's settings (currency, site address).
 *
 * @param product the product as an answer without variants shows it
 * @param whole   the product read with its variants; empty when it was read for an answer without them
 */
public record ProductView(
        ProductSummary product, Optional<Product> whole, List<Membership> memberships, StoreSettings store) {

    public ProductView {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(whole, "whole");
        memberships = List.copyOf(memberships);
        Objects.requireNonNull(store, "store");
    }

    /**
     * The product read with its variants, whose answer lists them.
     *
     * @throws IllegalStateException when it was read without them
     */
    public Product withVariants() {
        return whole.orElseThrow(() -> new IllegalStateException(
                "product " + product.id() + " was read without its variants: read it whole to list them"));
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
