package io.catalog.domain.product.search;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a facet counts or measures, and the kinds of aggregation each allows. A field added here is
 * counted once the persistence maps it to its column and the dialect names it.
 */
public enum AggregationField {
    /** The names of the products' choices, per option: how many products have each. */
    CHOICE_NAME(AggregationKind.VALUE),
    /** Whether the product is in stock. */
    IN_STOCK(AggregationKind.VALUE),
    /** Whether the product is visible (readers of visible products only see {@code true}). */
    VISIBLE(AggregationKind.VALUE),
    /** The product's own price before its discount, as queries compare it. */
    PRICE(AggregationKind.RANGE, AggregationKind.SCALAR),
    /** The name of the product's brand (products without one are not counted). */
    BRAND(AggregationKind.VALUE),
    /** The name of the product's main ribbon (products without one are not counted). */
    RIBBON(AggregationKind.VALUE);

    private final Set<AggregationKind> kinds;

    AggregationField(AggregationKind first, AggregationKind... rest) {
        this.kinds = EnumSet.of(first, rest);
    }

    public boolean allows(AggregationKind kind) {
        return kinds.contains(kind);
    }

    public Set<AggregationKind> kinds() {
        return Set.copyOf(kinds);
    }
}
