package io.catalog.domain.product.query;

import java.util.Objects;

/** One key of a query's sort: a sortable field, ascending or descending. */
public record SortOrder(ProductField field, boolean ascending) {

    public SortOrder {
        Objects.requireNonNull(field, "field");
    }

    /** A sort key checked against the fields the API sorts on. */
    public static SortOrder of(ProductField field, boolean ascending, String path) {
        field.requireSortable(path);
        return new SortOrder(field, ascending);
    }
}
