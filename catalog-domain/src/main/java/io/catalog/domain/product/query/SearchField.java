package io.catalog.domain.product.query;

/**
 * The product fields free-text search reads: every word of a search expression must be found in one of them. A field
 * added here is searched once the persistence maps it to its column.
 */
public enum SearchField {
    /** The product's name. */
    NAME,
    /** The text of the product's description, without its markup. */
    DESCRIPTION,
    /** The product's SKU and its variants' SKUs (for readers of visible products only, the visible variants'). */
    SKU,
    /** The name of the product's brand. */
    BRAND
}
