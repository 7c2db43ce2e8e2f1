package io.catalog.domain.collection;

import io.catalog.domain.product.ProductId;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a product goes in a category's order: first, last, or just before another product of the category (Wix's
 * {@code FIRST}, {@code LAST}, {@code BEFORE} with {@code beforeItem}).
 */
public record ItemPlacement(Kind kind, Optional<ProductId> before) {

    /** The three places. */
    public enum Kind {
        FIRST,
        LAST,
        BEFORE
    }

    public ItemPlacement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        if ((kind == Kind.BEFORE) != before.isPresent()) {
            throw new IllegalArgumentException("BEFORE, and only BEFORE, names the product it goes before");
        }
    }

    public static final ItemPlacement FIRST = new ItemPlacement(Kind.FIRST, Optional.empty());
    public static final ItemPlacement LAST = new ItemPlacement(Kind.LAST, Optional.empty());

    public static ItemPlacement before(ProductId product) {
        return new ItemPlacement(Kind.BEFORE, Optional.of(product));
    }
}
