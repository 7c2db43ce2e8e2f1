package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;

/**
 * A JSON object kept as an integrator sent it, as text: extended fields' namespaces, an SEO tag's {@code meta}. The
 * catalog never reads inside it, so the domain (which has no JSON library) does not hold it as a tree: the web layer
 * parses what is sent and hands over its compact serialisation, and this value checks the bounds on that text: its
 * length, its nesting depth and how many members its top object has, by one scan that skips string contents. It does
 * not check that the text is well-formed JSON beyond balanced brackets; the readers that produce it do.
 */
public record JsonText(String value) {

    /** An empty object. */
    public static final JsonText EMPTY_OBJECT = new JsonText("{}");

    public JsonText {
        if (value == null || value.isEmpty() || value.charAt(0) != '{' || value.charAt(value.length() - 1) != '}') {
            throw new IllegalArgumentException("not a JSON object: " + value);
        }
        scanned(value);
    }

    /** Whether this is the empty object. */
    public boolean isEmpty() {
        return scan().members() == 0;
    }

    /**
     * This text, checked to be at most {@code maxChars} characters ({@code TOO_LONG}), nested at most
     * {@code maxDepth} objects or arrays deep ({@code OUT_OF_RANGE}) and with at most {@code maxMembers} members in its
     * top object ({@code OUT_OF_RANGE}), the errors naming {@code field}.
     */
    public JsonText bounded(String field, int maxChars, int maxDepth, int maxMembers) {
        if (value.length() > maxChars) {
            throw new ValidationException(
                    field,
                    ErrorCodes.TOO_LONG,
                    "must be at most " + maxChars + " characters as compact JSON (was " + value.length() + ")");
        }
        Shape shape = scan();
        if (shape.depth() > maxDepth) {
            throw new ValidationException(
                    field,
                    ErrorCodes.OUT_OF_RANGE,
                    "must be nested at most " + maxDepth + " levels deep (was " + shape.depth() + ")");
        }
        if (shape.members() > maxMembers) {
            throw new ValidationException(
                    field,
                    ErrorCodes.OUT_OF_RANGE,
                    "must have at most " + maxMembers + " members (was " + shape.members() + ")");
        }
        return this;
    }

    private record Shape(int depth, int members) {}

    private Shape scan() {
        return scanned(value);
    }

    /** The deepest nesting (the top object is 1) and the members of the top object. */
    private static Shape scanned(String value) {
        int depth = 0;
        int deepest = 0;
        int members = 0;
        boolean inString = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '{', '[' -> deepest = Math.max(deepest, ++depth);
                case '}', ']' -> depth--;
                case ':' -> members += depth == 1 ? 1 : 0;
                default -> {}
            }
            if (depth < 0) {
                throw new IllegalArgumentException("unbalanced JSON: " + value);
            }
        }
        if (depth != 0 || inString) {
            throw new IllegalArgumentException("unbalanced JSON: " + value);
        }
        return new Shape(deepest, members);
    }
}
