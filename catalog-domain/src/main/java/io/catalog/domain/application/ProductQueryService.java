package io.catalog.domain.application;

import java.util.Objects;

import io.catalog.domain.product.query.ProductPage;
import io.catalog.domain.product.query.ProductQueries;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.store.StoreId;

/** Application service of the read side: querying and crawling a store's products. */
public final class ProductQueryService {

    private final ProductQueries queries;
    private final Transactions transactions;

    public ProductQueryService(ProductQueries queries, Transactions transactions) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** One page of the products of {@code store} that match {@code query}, read in one transaction. */
    public ProductPage query(StoreId store, ProductQuery query) {
        return transactions.inTransaction(() -> queries.query(store, query));
    }
}
