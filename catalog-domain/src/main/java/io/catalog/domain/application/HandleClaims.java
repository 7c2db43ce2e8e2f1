package io.catalog.domain.application;

import io.catalog.domain.product.Handle;
import io.catalog.domain.product.ProductRepository;
import io.catalog.domain.product.Slug;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.store.StoreId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The handles that one creation claims for its products, as {@link SlugClaims} claims slugs: one lookup finds which of
 * the handles asked for (or derived from the slugs asked for) the store has; a handle claimed by an earlier product
 * counts as taken for the later ones. A handle asked for that is taken is refused with {@code HANDLE_TAKEN}; a derived
 * one (the product's slug) that is taken becomes the first free of "slug-1", "slug-2", ... A handle never changes, so
 * only creations claim them.
 */
final class HandleClaims {

    private static final int CANDIDATES_PER_LOOKUP = Slug.CANDIDATES_PER_LOOKUP;

    private final ProductRepository products;
    private final StoreId store;
    /** Handles the store has or an earlier product claimed. */
    private final Set<Handle> taken;
    /** Handles looked up and found free (and not claimed since). */
    private final Set<Handle> free = new HashSet<>();

    HandleClaims(ProductRepository products, StoreId store, Collection<Handle> wanted) {
        this.products = products;
        this.store = store;
        this.taken = new HashSet<>(products.handlesTaken(store, wanted));
        wanted.stream().filter(handle -> !taken.contains(handle)).forEach(free::add);
    }

    /** The handle a product asks for, or else the one derived from the slug it asks for (or gets). */
    static Handle wanted(Handle requested, Slug slug) {
        return requested != null ? requested : Handle.fromSlug(slug);
    }

    /**
     * The product's handle, now taken for the products after it: the one asked for ({@code HANDLE_TAKEN} when the
     * store has it), or else a free one derived from its slug.
     */
    Handle claim(Handle requested, Slug slug) {
        if (requested != null) {
            if (takenAmong(List.of(requested)).contains(requested)) {
                throw new RuleViolationException(
                        ErrorCodes.HANDLE_TAKEN,
                        "handle",
                        "handle \"" + requested + "\" is already used by another product of this store");
            }
            return claimed(requested);
        }
        Handle base = Handle.fromSlug(slug);
        if (!takenAmong(List.of(base)).contains(base)) {
            return claimed(base);
        }
        for (int first = 1; ; first += CANDIDATES_PER_LOOKUP) {
            List<Handle> candidates = new ArrayList<>(CANDIDATES_PER_LOOKUP);
            for (int n = first; n < first + CANDIDATES_PER_LOOKUP; n++) {
                candidates.add(base.withSuffix(n));
            }
            Set<Handle> takenNow = takenAmong(candidates);
            for (Handle candidate : candidates) {
                if (!takenNow.contains(candidate)) {
                    return claimed(candidate);
                }
            }
        }
    }

    /** Gives back the handle of a product that was not created after all ({@code null}: none was claimed). */
    void release(Handle handle) {
        if (handle != null) {
            taken.remove(handle);
            free.add(handle);
        }
    }

    private Handle claimed(Handle handle) {
        free.remove(handle);
        taken.add(handle);
        return handle;
    }

    private Set<Handle> takenAmong(List<Handle> candidates) {
        List<Handle> unknown = candidates.stream()
                .filter(c -> !taken.contains(c) && !free.contains(c))
                .toList();
        if (!unknown.isEmpty()) {
            Set<Handle> takenNow = products.handlesTaken(store, unknown);
            taken.addAll(takenNow);
            unknown.stream().filter(c -> !takenNow.contains(c)).forEach(free::add);
        }
        Set<Handle> result = new HashSet<>();
        candidates.stream().filter(taken::contains).forEach(result::add);
        return result;
    }
}
