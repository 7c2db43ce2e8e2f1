package io.catalog.domain.collection;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.ValidationException;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a collection: a UUID, or {@link #ALL_PRODUCTS}, the id every store's "All Products" collection has (the
 * id the Wix API gives it, which is not a UUID).
 */
public record CollectionId(String value) {

    /** The id of the catalog itself, the "All Products" collection of every store. */
    public static final CollectionId ALL_PRODUCTS = new CollectionId("00000000-000000-000000-000000000001");

    public CollectionId {
        Objects.requireNonNull(value, "value");
    }

    public static CollectionId random() {
        return new CollectionId(UUID.randomUUID().toString());
    }

    /** Parses an id as the API sends it; {@code field} names it in the error. */
    public static CollectionId parse(String text, String field) {
        if (text != null && text.equals(ALL_PRODUCTS.value)) {
            return ALL_PRODUCTS;
        }
        try {
            UUID uuid = UUID.fromString(text == null ? "" : text);
            if (uuid.toString().equalsIgnoreCase(text)) {
                return new CollectionId(uuid.toString());
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ValidationException(
                field, ErrorCodes.INVALID_ID, "must be a collection id (was \"" + Excerpt.of(text) + "\")");
    }

    public boolean isAllProducts() {
        return equals(ALL_PRODUCTS);
    }

    @Override
    public String toString() {
        return value;
    }
}
