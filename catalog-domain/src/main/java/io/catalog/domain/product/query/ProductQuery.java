package io.catalog.domain.product.query;

import java.util.List;
import java.util.Objects;

/**
 * A query for a store's products: a filter, a sort (numericId ascending breaks ties, so pages are stable), a
 * page, and whether hidden products are left out (callers that may only read never see them) and whether the
 * products come with their variants.
 */
public record ProductQuery(
        ProductFilter filter, List<SortOrder> sort, Paging paging, boolean visibleOnly, boolean includeVariants) {

    public ProductQuery {
        Objects.requireNonNull(filter, "filter");
        sort = List.copyOf(sort);
        Objects.requireNonNull(paging, "paging");
    }
}
