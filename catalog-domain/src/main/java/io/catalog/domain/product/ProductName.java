package io.catalog.domain.product;

import io.catalog.domain.shared.Require;

/** The product name shown to shoppers: trimmed, 1..80 characters. */
public record ProductName(String value) {

    public static final int MAX_LENGTH = 80;

    public ProductName {
        value = Require.length("name", Require.present("name", value).strip(), 1, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
