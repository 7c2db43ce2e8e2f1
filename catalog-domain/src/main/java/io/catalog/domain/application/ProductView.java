package io.catalog.domain.application;

import java.util.List;
import java.util.Objects;

import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.product.Product;
import io.catalog.domain.store.StoreSettings;

/**
 * What an answer about a product is made of, read together in one transaction: the product, the stored collections
 * it belongs to, and its store's settings (currency, site address).
 */
public record ProductView(Product product, List<CollectionId> collectionIds, StoreSettings store) {

    public ProductView {
        Objects.requireNonNull(product, "product");
        collectionIds = List.copyOf(collectionIds);
        Objects.requireNonNull(store, "store");
    }
}
