package io.catalog.domain.collection;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a category sits in its store's tree: its ancestors, the top-level one first and its parent last (empty for a
 * top-level category). The tree's rules live here: a category is at most {@value #MAX_DEPTH} levels deep, counting
 * itself (Wix's limit), and never under itself or one of its own descendants.
 */
public record Ancestry(List<CollectionId> ids) {

    /** The deepest level a category may sit at; a top-level category is at level 1. */
    public static final int MAX_DEPTH = 5;

    public static final Ancestry TOP_LEVEL = new Ancestry(List.of());

    public Ancestry {
        ids = List.copyOf(ids);
        if (ids.size() >= MAX_DEPTH) {
            throw tooDeep(ids.size() + 1);
        }
        if (ids.stream().distinct().count() != ids.size()) {
            throw new IllegalArgumentException("a category appears twice among its ancestors: " + ids);
        }
    }

    /** The ancestry of a child of {@code parent}, whose own ancestry is {@code parentAncestry}. */
    public static Ancestry under(CollectionId parent, Ancestry parentAncestry) {
        if (parentAncestry.depth() >= MAX_DEPTH) {
            throw tooDeep(parentAncestry.depth() + 1);
        }
        List<CollectionId> ids = new ArrayList<>(parentAncestry.ids);
        ids.add(parent);
        return new Ancestry(ids);
    }

    /** The category's parent; empty for a top-level category. */
    public Optional<CollectionId> parent() {
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(ids.size() - 1));
    }

    /** The level the category sits at: 1 for a top-level category. */
    public int depth() {
        return ids.size() + 1;
    }

    public boolean contains(CollectionId id) {
        return ids.contains(id);
    }

    /**
     * Checks that {@code category}, whose subtree is {@code subtreeHeight} levels high (1 when it has no
     * subcategories), may move to this ancestry: not under itself or a descendant, and no descendant deeper than
     * {@link #MAX_DEPTH}.
     */
    public void requireRoomFor(CollectionId category, int subtreeHeight) {
        if (ids.contains(category)) {
            throw new RuleViolationException(
                    ErrorCodes.CATEGORY_CYCLE,
                    "parentCategory.id",
                    "a category cannot be placed under itself or one of its subcategories");
        }
        if (depth() + subtreeHeight - 1 > MAX_DEPTH) {
            throw tooDeep(depth() + subtreeHeight - 1);
        }
    }

    private static RuleViolationException tooDeep(int depth) {
        return new RuleViolationException(
                ErrorCodes.CATEGORY_TOO_DEEP,
                "parentCategory.id",
                "categories nest at most " + MAX_DEPTH + " levels deep (this would make " + depth + ")");
    }
}
