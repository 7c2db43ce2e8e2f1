package io.catalog.domain.product.search;

import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A search: the page of products a query asks for (its filter already holding the search's words), and the facets
 * to compute over everything the search matches ({@code matching}: the filter and the words, without the page's
 * place). At most {@value #MAX_AGGREGATIONS} aggregations, with distinct names.
 */
public record ProductSearch(ProductQuery page, ProductFilter matching, List<Aggregation> aggregations) {

    public static final int MAX_AGGREGATIONS = 10;

    public ProductSearch {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(matching, "matching");
        aggregations = List.copyOf(aggregations);
        requireBounds(aggregations);
    }

    /**
     * Refuses more than {@value #MAX_AGGREGATIONS} aggregations, or two of one name.
     *
     * @throws ValidationException naming {@code aggregations} or {@code aggregations[i].name}
     */
    public static void requireBounds(List<Aggregation> aggregations) {
        if (aggregations.size() > MAX_AGGREGATIONS) {
            throw new ValidationException(
                    "aggregations",
                    ErrorCodes.OUT_OF_RANGE,
                    "may list at most " + MAX_AGGREGATIONS + " aggregations (was " + aggregations.size() + ")");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < aggregations.size(); i++) {
            if (!names.add(aggregations.get(i).name())) {
                throw new ValidationException(
                        "aggregations[" + i + "].name", ErrorCodes.NOT_ALLOWED, "is the name of another aggregation");
            }
        }
    }
}
