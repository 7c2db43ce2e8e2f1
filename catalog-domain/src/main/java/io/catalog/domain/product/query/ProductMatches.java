package io.catalog.domain.product.query;

import io.catalog.domain.product.ProductId;
import java.util.List;
import java.util.Objects;

/** One page of the products that match a query, as ids and revisions in the query's order, and how many match in all. */
public record ProductMatches(List<Match> matches, long totalResults) {

    public ProductMatches {
        matches = List.copyOf(matches);
    }

    /** A matching product and the revision it was found at. */
    public record Match(ProductId id, long revision) {

        public Match {
            Objects.requireNonNull(id, "id");
        }
    }
}
