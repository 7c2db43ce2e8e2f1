package io.catalog.domain.application;

import io.catalog.domain.product.ProductName;
import io.catalog.domain.product.ProductRepository;
import io.catalog.domain.product.Slug;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.store.StoreId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The slugs that one change claims for products of a store: the slugs of a creation's products, or the new slug of
 * an updated product. One lookup finds which of the slugs they ask for or derive from their names the store already
 * uses; a slug claimed by an earlier product counts as taken for the later ones. Only a derived slug that is taken
 * costs lookups of its own (for "name-1", "name-2", ...). Asking for a taken slug is refused here, and only here,
 * with {@code SLUG_TAKEN}.
 */
final class SlugClaims {

    private final ProductRepository products;
    private final StoreId store;
    /** Slugs the store uses or an earlier product claimed. */
    private final Set<Slug> taken;
    /** Slugs looked up and found free in the store (and not claimed since: a claim moves a slug to taken). */
    private final Set<Slug> free = new HashSet<>();

    /** Claims among {@code wanted} (see {@link #wanted}), looked up at once. */
    SlugClaims(ProductRepository products, StoreId store, Collection<Slug> wanted) {
        this.products = products;
        this.store = store;
        this.taken = new HashSet<>(products.slugsTaken(store, wanted));
        wanted.stream().filter(slug -> !taken.contains(slug)).forEach(free::add);
    }

    /** The slug a product asks for, or else the one derived from its name, before any suffix. */
    static Slug wanted(Optional<Slug> requested, ProductName name) {
        return requested.orElseGet(() -> Slug.fromName(name.value()));
    }

    /**
     * The product's slug, now taken for the products after it: the one it asks for, or else a free one derived from
     * its name ("t-shirt", "t-shirt-1", ...).
     */
    Slug claim(Optional<Slug> requested, ProductName name) {
        if (requested.isPresent()) {
            return claim(requested.get());
        }
        Slug base = wanted(requested, name);
        return claimed(taken.contains(base) ? base.firstFree(this::takenAmong) : base);
    }

    /** The slug asked for, now taken for the products after it; {@code SLUG_TAKEN} when the store uses it. */
    Slug claim(Slug requested) {
        if (taken.contains(requested)) {
            throw new RuleViolationException(
                    ErrorCodes.SLUG_TAKEN,
                    "slug",
                    "slug \"" + requested + "\" is already used by another product of this store");
        }
        return claimed(requested);
    }

    /** Gives back the slug of a product that was not created after all ({@code null}: none was claimed). */
    void release(Slug slug) {
        if (slug != null) {
            taken.remove(slug);
            free.add(slug);
        }
    }

    private Slug claimed(Slug slug) {
        free.remove(slug);
        taken.add(slug);
        return slug;
    }

    private Set<Slug> takenAmong(List<Slug> candidates) {
        List<Slug> unknown = candidates.stream()
                .filter(c -> !taken.contains(c) && !free.contains(c))
                .toList();
        Set<Slug> takenNow = products.slugsTaken(store, unknown);
        taken.addAll(takenNow);
        unknown.stream().filter(c -> !takenNow.contains(c)).forEach(free::add);
        return candidates.stream().filter(taken::contains).collect(Collectors.toSet());
    }
}
