package io.catalog.domain.collection;

import java.util.List;
import java.util.Objects;

/**
 * A product's membership of a stored category (a v1 collection): the category, whether it is shown to storefronts,
 * the product's sort key in the category's order ({@link SortKey}), the category's place in the tree, and its
 * breadcrumbs (its ancestors and itself, the top-level one first; empty when not read).
 */
public record Membership(
        CollectionId collection, boolean visible, long sortKey, Ancestry ancestry, List<CategoryLabel> breadcrumbs) {

    public Membership {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(ancestry, "ancestry");
        breadcrumbs = List.copyOf(breadcrumbs);
    }

    /** A membership without breadcrumbs. */
    public Membership(CollectionId collection, boolean visible, long sortKey, Ancestry ancestry) {
        this(collection, visible, sortKey, ancestry, List.of());
    }

    /** A membership of a top-level category, at the start of its order. */
    public Membership(CollectionId collection, boolean visible) {
        this(collection, visible, 0, Ancestry.TOP_LEVEL);
    }
}
