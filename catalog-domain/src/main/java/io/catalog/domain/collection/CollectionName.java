package io.catalog.domain.collection;

import io.catalog.domain.shared.Require;

/** A collection's name: trimmed, 1..80 characters. */
public record CollectionName(String value) {

    public static final int MAX_LENGTH = 80;

    public CollectionName {
        value = Require.length("name", Require.present("name", value).strip(), 1, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
