package io.catalog.domain.collection;

import java.util.Objects;

/** A category as breadcrumbs show it: its id, name and slug. */
public record CategoryLabel(CollectionId id, String name, String slug) {

    public CategoryLabel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
    }
}
