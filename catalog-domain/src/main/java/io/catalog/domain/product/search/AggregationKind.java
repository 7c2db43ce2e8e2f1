package io.catalog.domain.product.search;

/** The kinds of facet: counts per value, counts per range of values, and one measure of all values. */
public enum AggregationKind {
    VALUE,
    RANGE,
    SCALAR
}
