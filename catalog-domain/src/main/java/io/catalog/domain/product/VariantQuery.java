package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A query for some variants of one product, answered by {@link ProductVariants#query}. The variants are selected
 * either by a partial {@code choices} map (option name to choice value or description, ignoring case; empty selects
 * every variant) or by {@code variantIds} (in the order given, duplicates once, ids that are no variant of the
 * product skipped), never both. The selection is paged by {@code offset} (at least 0) and {@code limit}
 * (0..{@value #MAX_LIMIT}). Unless {@code includeHidden}, hidden variants are left out as if they did not exist.
 */
public record VariantQuery(
        Map<String, String> choices, List<VariantId> variantIds, long offset, int limit, boolean includeHidden) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 100;

    public VariantQuery {
        choices = choices == null ? Map.of() : Map.copyOf(choices);
        variantIds = variantIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(variantIds));
        if (!choices.isEmpty() && !variantIds.isEmpty()) {
            throw new ValidationException(
                    "variantIds", ErrorCodes.CONFLICTING_SELECTORS, "must not be given together with choices");
        }
        Require.range("paging.offset", offset, 0, Long.MAX_VALUE);
        Require.range("paging.limit", limit, 0, MAX_LIMIT);
    }

    /**
     * A query from the API's fields, each {@code null} when not sent; errors name the API field
     * ({@code variantIds[1]}, {@code paging.limit}, ...).
     */
    public static VariantQuery of(
            Map<String, String> choices, List<String> variantIds, Long offset, Long limit, boolean includeHidden) {
        List<VariantId> ids = new ArrayList<>();
        if (variantIds != null) {
            for (int i = 0; i < variantIds.size(); i++) {
                try {
                    ids.add(VariantId.parse(variantIds.get(i)));
                } catch (ValidationException e) {
                    throw e.relocatedTo("variantIds[" + i + "]");
                }
            }
        }
        long pageLimit = limit == null ? DEFAULT_LIMIT : Require.range("paging.limit", limit, 0, MAX_LIMIT);
        return new VariantQuery(choices, ids, offset == null ? 0 : offset, (int) pageLimit, includeHidden);
    }

    /** Whether the variants are selected by id rather than by choices. */
    public boolean byId() {
        return !variantIds.isEmpty();
    }

    /** One page of a variant query: the variants, the offset they start at and the number of all selected. */
    public record Page(List<Variant> variants, long offset, long totalResults) {

        public Page {
            variants = List.copyOf(Objects.requireNonNull(variants, "variants"));
        }
    }
}
