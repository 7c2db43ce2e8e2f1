package io.catalog.domain.collection;

import java.util.Objects;

/**
 * A product's membership of a stored category (a v1 collection): the category, whether it is shown to storefronts,
 * the product's sort key in the category's order ({@link SortKey}) and the category's place in the tree.
 */
public record Membership(CollectionId collection, boolean visible, long sortKey, Ancestry ancestry) {

    public Membership {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(ancestry, "ancestry");
    }

    /** A membership of a top-level category, at the start of its order. */
    public Membership(CollectionId collection, boolean visible) {
        this(collection, visible, 0, Ancestry.TOP_LEVEL);
    }
}
