package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

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
    private static final Pattern FORMAT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** The single variant of a product without options. */
    public static final VariantId DEFAULT = of(Collections.emptySet());

    public VariantId {
        Require.present("variantId", value);
        if (!FORMAT.matcher(value).matches() || decode(value) == null) {
            throw new ValidationException("variantId", ErrorCodes.INVALID_ID,
                    "must be a variant id in UUID format (was \"" + value + "\")");
        }
    }

    /** The id of the variant made of exactly these choices. */
    public static VariantId of(Collection<ChoiceKey> keys) {
        SortedSet<ChoiceKey> sorted = new TreeSet<>(keys);
        if (sorted.size() != keys.size() || sorted.size() > MAX_KEYS) {
            throw new IllegalArgumentException("a variant has at most " + MAX_KEYS + " distinct choice keys: " + keys);
        }
        StringBuilder hex = new StringBuilder(HEX_DIGITS);
        sorted.forEach(key -> hex.append(String.format("%05x", key.value())));
        String padded = "0".repeat(HEX_DIGITS - hex.length()) + hex;
        return new VariantId(padded.substring(0, 8) + "-" + padded.substring(8, 12) + "-" + padded.substring(12, 16)
                + "-" + padded.substring(16, 20) + "-" + padded.substring(20));
    }

    /** Validates {@code text} (case-insensitive) as a variant id. */
    public static VariantId parse(String text) {
        return new VariantId(Require.present("variantId", text).toLowerCase(Locale.ROOT));
    }

    /** The choice keys encoded in this id. */
    public SortedSet<ChoiceKey> choiceKeys() {
        return Collections.unmodifiableSortedSet(decode(value));
    }

    /** The keys encoded in a well-formed id, or {@code null} when the digits are no ascending key sequence. */
    private static SortedSet<ChoiceKey> decode(String id) {
        String hex = id.replace("-", "");
        int padding = HEX_DIGITS - MAX_KEYS * KEY_DIGITS;
        if (!hex.startsWith("0".repeat(padding))) {
            return null;
        }
        SortedSet<ChoiceKey> keys = new TreeSet<>();
        int previous = 0;
        for (int start = padding; start < HEX_DIGITS; start += KEY_DIGITS) {
            int key = Integer.parseInt(hex.substring(start, start + KEY_DIGITS), 16);
            boolean padChunk = key == 0 && keys.isEmpty();
            if (!padChunk && key <= previous) {
                return null;
            }
            if (!padChunk) {
                keys.add(new ChoiceKey(key));
                previous = key;
            }
        }
        return keys;
    }

    @Override
    public String toString() {
        return value;
    }
}
