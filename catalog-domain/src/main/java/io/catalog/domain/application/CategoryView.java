package io.catalog.domain.application;

import io.catalog.domain.collection.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What an answer about a category is made of: the category, its ancestors (the top-level one first: its breadcrumbs)
 * and how many visible products it holds directly.
 */
public record CategoryView(Collection category, List<Collection> ancestors, long visibleProducts) {

    public CategoryView {
        Objects.requireNonNull(category, "category");
        ancestors = List.copyOf(ancestors);
    }
}
