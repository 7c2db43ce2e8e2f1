package io.catalog.domain.product.query;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductSummary;
import io.catalog.domain.store.StoreId;
import java.util.List;

/** Port to querying a store's products. */
public interface ProductQueries {

    /**
     * One page of the store's products that match {@code query}, in its order, as ids and revisions, with the number
     * of all matches: at most two statements.
     */
    ProductMatches matches(StoreId store, ProductQuery query);

    /**
     * The store's products with these ids, complete, in the order given; ids of no product of the store are left
     * out. It costs a fixed number of statements whatever the number of products and their variant counts.
     */
    List<Product> products(StoreId store, List<ProductId> ids);

    /**
     * The summaries of the same products, for an answer without variants: as
     * {@link ProductSummary#readWithoutVariants} gives them (their variants not read), or as {@link Product#summary()}
     * where the variants had to be read anyway. Same cost rule as {@link #products}, with the variants mostly left
     * unread.
     */
    List<ProductSummary> productsWithoutVariants(StoreId store, List<ProductId> ids);
}
