package io.catalog.domain.application;

import io.catalog.domain.product.search.AggregationResult;
import io.catalog.domain.product.search.ProductSearch;
import io.catalog.domain.product.search.ProductSearches;
import io.catalog.domain.store.StoreId;
import java.util.List;
import java.util.Objects;

/**
 * Application service of searches: a page of the products a search matches, read as queries read them, and the
 * search's facets over all its matches (one read of its own; none when no facet is asked).
 */
public final class ProductSearchService {

    private final ProductQueryService queries;
    private final ProductSearches searches;
    private final Transactions transactions;

    public ProductSearchService(ProductQueryService queries, ProductSearches searches, Transactions transactions) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.searches = Objects.requireNonNull(searches, "searches");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** A page of a search and its facets. */
    public record Found(ProductViewPage page, List<AggregationResult> aggregations) {
        public Found {
            Objects.requireNonNull(page, "page");
            aggregations = List.copyOf(aggregations);
        }
    }

    public Found search(StoreId store, ProductSearch search) {
        ProductViewPage page = queries.query(store, search.page());
        if (search.aggregations().isEmpty()) {
            return new Found(page, List.of());
        }
        List<AggregationResult> results = transactions.inTransaction(
                () -> searches.aggregate(store, search.matching(), search.page().visibleOnly(), search.aggregations()));
        return new Found(page, results);
    }
}
