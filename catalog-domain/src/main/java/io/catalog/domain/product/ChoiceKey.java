package io.catalog.domain.product;

/**
 * Internal, stable key of a choice within its product. Keys are allocated from the product's counter and never
 * reused, so a {@link VariantId} built from them survives renaming and reordering of options and choices.
 * Keys fit in five hex digits (1..0xFFFFF).
 */
public record ChoiceKey(int value) implements Comparable<ChoiceKey> {

    public static final int MAX = 0xFFFFF;

    public ChoiceKey {
        if (value < 1 || value > MAX) {
            throw new IllegalArgumentException("choice key must be between 1 and " + MAX + " (was " + value + ")");
        }
    }

    @Override
    public int compareTo(ChoiceKey other) {
        return Integer.compare(value, other.value);
    }
}
