package io.catalog.persistence;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import io.catalog.domain.product.Slug;
import io.catalog.domain.store.StoreId;

/** Which slugs of a store are taken, for the entities that have a slug unique per store (products, collections). */
public final class SlugLookup {

    private SlugLookup() {
    }

    /**
     * The {@code candidates} that rows of {@code entity} of {@code store} use. One candidate is compared with "=",
     * which H2 answers from the (store_id, slug) index; H2 evaluates an IN list by reading the store's rows.
     */
    public static Set<Slug> taken(EntityManager em, String entity, StoreId store, Collection<Slug> candidates) {
        boolean one = candidates.size() == 1;
        return em.createQuery("SELECT e.slug FROM " + entity + " e WHERE e.storeId = :store AND e.slug "
                        + (one ? "= :slugs" : "IN :slugs"), String.class)
                .setParameter("store", store.value())
                .setParameter("slugs", one ? candidates.iterator().next().value()
                        : candidates.stream().map(Slug::value).toList())
                .getResultStream()
                .map(Slug::parse)
                .collect(Collectors.toSet());
    }
}
