package io.catalog.domain.collection;

import java.util.OptionalLong;

/**
 * A product's place in a category's order: a sparse sort key. Products are listed by ascending key (ties by product
 * id); keys are {@value #GAP} apart when given in turn, so placing a product between two others takes the midpoint of
 * their keys and writes that one row. Only when two neighbours have no key left between them is the category's order
 * renumbered (one bulk statement), which a category meets after some twenty placements into the same gap.
 */
public final class SortKey {

    /** The distance between keys given in turn, and between the first key and zero. */
    public static final long GAP = 1L << 20;

    private SortKey() {}

    /** The key after {@code last}, the greatest key of the category (empty when it is empty). */
    public static long after(OptionalLong last) {
        return last.isPresent() ? Math.addExact(last.getAsLong(), GAP) : GAP;
    }

    /** The key before {@code first}, the least key of the category (empty when it is empty). */
    public static long before(OptionalLong first) {
        return first.isPresent() ? Math.subtractExact(first.getAsLong(), GAP) : GAP;
    }

    /**
     * A key strictly between {@code previous} (empty: the start) and {@code next}, or empty when there is none and the
     * category's keys need renumbering first.
     */
    public static OptionalLong between(OptionalLong previous, long next) {
        if (previous.isEmpty()) {
            return OptionalLong.of(before(OptionalLong.of(next)));
        }
        long low = previous.getAsLong();
        if (next - low < 2) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(low + (next - low) / 2);
    }

    /** The key of the {@code n}th product (from 0) of a category being renumbered. */
    public static long nth(long n) {
        return Math.multiplyExact(n + 1, GAP);
    }
}
