package io.catalog.domain.collection;

import java.util.Objects;

/** A product's membership of a stored collection, with whether that collection is shown to storefronts. */
public record Membership(CollectionId collection, boolean visible) {

    public Membership {
        Objects.requireNonNull(collection, "collection");
    }
}
