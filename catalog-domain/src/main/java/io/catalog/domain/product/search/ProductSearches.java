package io.catalog.domain.product.search;

import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.store.StoreId;
import java.util.List;

/** Port to the facets of a store's products. */
public interface ProductSearches {

    /**
     * The results of {@code aggregations}, in their order, over the store's products that match {@code filter}
     * (only the visible ones, and their visible choices and variants, with {@code visibleOnly}): at most one grouped
     * statement per aggregation, whatever the number of products.
     */
    List<AggregationResult> aggregate(
            StoreId store, ProductFilter filter, boolean visibleOnly, List<Aggregation> aggregations);
}
