package io.catalog.domain.product;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The choice combinations of a list of options, some of which may be fixed to one choice, addressed by index
 * without materialising them: index {@code i} is decoded in mixed radix over the free options, the first option
 * being the most significant digit.
 */
final class CombinationSpace {

    private final List<ProductOption> options;
    private final Choice[] fixed;

    private CombinationSpace(List<ProductOption> options, Choice[] fixed) {
        this.options = options;
        this.fixed = fixed;
    }

    static CombinationSpace of(List<ProductOption> options) {
        return new CombinationSpace(options, new Choice[options.size()]);
    }

    /** The combinations of this space whose option at {@code optionIndex} is {@code choice}. */
    CombinationSpace restrictedTo(int optionIndex, Choice choice) {
        Choice[] restricted = Arrays.copyOf(fixed, fixed.length);
        restricted[optionIndex] = choice;
        return new CombinationSpace(options, restricted);
    }

    long size() {
        long size = 1;
        for (int i = 0; i < options.size(); i++) {
            size *= fixed[i] == null ? options.get(i).choices().size() : 1;
        }
        return size;
    }

    /** The choices, in option order, of combination {@code index}. */
    List<Choice> at(long index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("combination " + index + " of " + size());
        }
        Choice[] combination = new Choice[options.size()];
        long rest = index;
        for (int i = options.size() - 1; i >= 0; i--) {
            if (fixed[i] != null) {
                combination[i] = fixed[i];
            } else {
                List<Choice> choices = options.get(i).choices();
                combination[i] = choices.get((int) (rest % choices.size()));
                rest /= choices.size();
            }
        }
        return List.of(combination);
    }

    /** Up to {@code limit} combinations starting at {@code offset}. */
    List<List<Choice>> slice(long offset, int limit) {
        long end = Math.min(size(), offset + limit);
        if (offset >= end) {
            return Collections.emptyList();
        }
        List<List<Choice>> slice = new ArrayList<>((int) (end - offset));
        for (long index = offset; index < end; index++) {
            slice.add(at(index));
        }
        return slice;
    }
}
