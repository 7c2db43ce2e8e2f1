package io.catalog.domain.product.query;

import io.catalog.domain.store.StoreId;

/** Port to querying a store's products. */
public interface ProductQueries {

    /**
     * One page of the store's products that match {@code query}, in its order, with the number of all matches. It
     * costs a fixed number of statements whatever the page size and the products' variant counts.
     */
    ProductPage query(StoreId store, ProductQuery query);
}
