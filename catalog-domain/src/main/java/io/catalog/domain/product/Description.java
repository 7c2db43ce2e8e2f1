package io.catalog.domain.product;

import io.catalog.domain.shared.Require;

/**
 * A product's or a collection's description: rich text of the subset {@link RichText} allows, at most
 * {@value #MAX_LENGTH} characters (Unicode code points) as stored; may be empty.
 *
 * <p>Text from a client becomes a description through {@link #of(String)}, which sanitizes it to the subset before
 * counting it: a {@code <script>} or an {@code onclick} is dropped, never stored. {@link #stored(String)} takes back
 * text that {@link #of(String)} produced and the database kept, without sanitizing it again on every read.
 */
public final class Description {

    public static final int MAX_LENGTH = 8000;
    public static final Description EMPTY = new Description("");

    private final String value;

    private Description(String value) {
        this.value = Require.length("description", value, 0, MAX_LENGTH);
    }

    /**
     * The description a client sent, sanitized to the allowed subset (see {@link RichText}); the limit applies to
     * the sanitized text ({@code TOO_LONG}), in which a {@code &}, {@code <} or {@code >} of the text is written as
     * an entity ({@code &amp;}...).
     */
    public static Description of(String text) {
        return new Description(RichText.sanitize(Require.present("description", text)));
    }

    /** A description as stored, that {@link #of(String)} produced. */
    public static Description stored(String text) {
        return new Description(text);
    }

    public String value() {
        return value;
    }

    /**
     * The description's text as a free-text search reads it: without markup (inline tags dropped, block tags as a
     * space), entities decoded, white space collapsed, lower-cased ({@link java.util.Locale#ROOT}); see
     * {@link SearchText}. At most as many characters as the description, but for the few whose lower case is longer
     * (one {@code U+0130} becomes two).
     */
    public String searchText() {
        return SearchText.of(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Description that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
