package io.catalog.domain.shared;

/**
 * What an error message repeats of a client's text: at most {@value #MAX} characters, marked with {@code ...} when
 * cut, so that a value of thousands of characters never makes an error of thousands.
 */
public final class Excerpt {

    public static final int MAX = 40;

    private Excerpt() {}

    /** {@code text}, or its first {@value #MAX} characters and {@code ...}. */
    public static String of(CharSequence text) {
        return text.length() <= MAX ? text.toString() : text.subSequence(0, MAX) + "...";
    }
}
