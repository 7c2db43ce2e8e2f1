package io.catalog.domain.product;

import io.catalog.domain.shared.Require;

/** Product description, possibly rich text (HTML), up to 8000 characters; may be empty. */
public record Description(String value) {

    public static final int MAX_LENGTH = 8000;
    public static final Description EMPTY = new Description("");

    public Description {
        Require.length("description", value, 0, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
