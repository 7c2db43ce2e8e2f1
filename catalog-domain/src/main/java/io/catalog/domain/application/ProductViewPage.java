package io.catalog.domain.application;

import io.catalog.domain.product.ProductId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A page of products that match a query, in its order, and how many products match in all. */
public record ProductViewPage(List<Entry> products, long totalResults) {

    public ProductViewPage {
        products = List.copyOf(products);
    }

    /**
     * A matching product at its revision, with its view unless the caller said it already holds an answer of the
     * product at that revision.
     */
    public record Entry(ProductId id, long revision, Optional<ProductView> view) {

        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(view, "view");
        }
    }
}
