package io.catalog.persistence;

import io.catalog.domain.product.Slug;
import io.catalog.domain.store.StoreId;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Which slugs of a store are taken, for the tables that have a slug unique per store (products, collections). */
public final class SlugLookup {

    private SlugLookup() {}

    /**
     * The {@code candidates} that rows of {@code table} of {@code store} use, each looked up in the table's
     * {@code (store_id, slug)} unique index ({@link KeyLookup}): the cost is that of the candidates, whatever the
     * store's size.
     */
    public static Set<Slug> taken(EntityManager em, String table, StoreId store, Collection<Slug> candidates) {
        if (candidates.isEmpty()) {
            return Set.of();
        }
        List<String> slugs = candidates.stream().map(Slug::value).distinct().toList();
        @SuppressWarnings("unchecked")
        List<Object> rows = KeyLookup.rows(
                        em, "SELECT slug FROM " + table + " WHERE", "store_id", "slug", store.value(), slugs, "")
                .getResultList();
        return rows.stream().map(slug -> Slug.parse(slug.toString())).collect(Collectors.toSet());
    }
}
