package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Identity of a variant, in UUID format, that encodes the variant's choice keys: the keys sorted ascending, each as
 * five hex digits, concatenated, left-padded with '0' to 32 digits and grouped 8-4-4-4-12. The variant of a product
 * without options is {@link #DEFAULT} ({@code 00000000-0000-0000-0000-000000000000}). The id depends only on the
 * keys, so it is stable across option reordering and renames of choices.
 */
public record VariantId(String value) {

    public static final int MAX_KEYS = 6;
    private static final int KEY_DIGITS = 5;
    private static final int HEX_DIGITS = 32;
    /** The single variant of a product without options. */
    public static final VariantId DEFAULT = of(Collections.emptySet());

    public VariantId {
        Require.present("variantId", value);
        if (keysOf(value) == null) {
            throw new ValidationException(
                    "variantId",
                    ErrorCodes.INVALID_ID,
                    "must be a variant id in UUID format (was \"" + Excerpt.of(value) + "\")");
        }
    }

    /** The id of the variant made of exactly these choices. */
    public static VariantId of(Collection<ChoiceKey> keys) {
        TreeSet<ChoiceKey> sorted = new TreeSet<>(keys);
        if (sorted.size() != keys.size() || sorted.size() > MAX_KEYS) {
            throw new IllegalArgumentException("a variant has at most " + MAX_KEYS + " distinct choice keys: " + keys);
        }
        // Every variant of every product read is named this way: digits are placed by hand, not by String.format.
        char[] digits = new char[HEX_DIGITS];
        Arrays.fill(digits, '0');
        int end = HEX_DIGITS;
        Iterator<ChoiceKey> descending = sorted.descendingIterator();
        while (descending.hasNext()) {
            int value = descending.next().value();
            for (int d = 1; d <= KEY_DIGITS; d++) {
                digits[end - d] = Character.forDigit(value & 0xF, 16);
                value >>>= 4;
            }
            end -= KEY_DIGITS;
        }
        char[] id = new char[36];
        int at = 0;
        for (int i = 0; i < HEX_DIGITS; i++) {
            if (i == 8 || i == 12 || i == 16 || i == 20) {
                id[at++] = '-';
            }
            id[at++] = digits[i];
        }
        return new VariantId(new String(id));
    }

    /** Validates {@code text} (case-insensitive) as a variant id. */
    public static VariantId parse(String text) {
        return new VariantId(Require.present("variantId", text).toLowerCase(Locale.ROOT));
    }

    /** The choice keys encoded in this id. */
    public SortedSet<ChoiceKey> choiceKeys() {
        SortedSet<ChoiceKey> keys = new TreeSet<>();
        for (int key : keysOf(value)) {
            keys.add(new ChoiceKey(key));
        }
        return Collections.unmodifiableSortedSet(keys);
    }

    /**
     * The keys encoded in an id, ascending, or {@code null} when it is not in UUID format (lower-case hex) or its
     * digits are no ascending key sequence. Read digit by digit: every product read decodes its variants' ids.
     */
    private static int[] keysOf(String id) {
        if (id.length() != 36) {
            return null;
        }
        int[] chunks = new int[MAX_KEYS];
        int digit = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return null;
                }
                continue;
            }
            int nibble = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (nibble < 0) {
                return null;
            }
            int inKeys = digit - (HEX_DIGITS - MAX_KEYS * KEY_DIGITS);
            if (inKeys < 0) {
                if (nibble != 0) {
                    return null;
                }
            } else {
                chunks[inKeys / KEY_DIGITS] = chunks[inKeys / KEY_DIGITS] * 16 + nibble;
            }
            digit++;
        }
        int first = 0;
        while (first < MAX_KEYS && chunks[first] == 0) {
            first++;
        }
        for (int k = first + 1; k < MAX_KEYS; k++) {
            if (chunks[k] <= chunks[k - 1]) {
                return null;
            }
        }
        return java.util.Arrays.copyOfRange(chunks, first, MAX_KEYS);
    }

    @Override
    public String toString() {
        return value;
    }
}
