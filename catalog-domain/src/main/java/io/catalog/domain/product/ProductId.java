package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.util.Objects;
import java.util.UUID;

/** Identity of a product: a UUID. */
public record ProductId(UUID value) {

    public ProductId {
        Objects.requireNonNull(value, "value");
    }

    public static ProductId random() {
        return new ProductId(UUID.randomUUID());
    }

    /** The id written as a UUID; {@code INVALID_ID} on field {@code id} otherwise. */
    public static ProductId parse(String text) {
        Require.present("id", text);
        try {
            UUID uuid = UUID.fromString(text);
            if (!uuid.toString().equalsIgnoreCase(text)) {
                throw new IllegalArgumentException("not in canonical form");
            }
            return new ProductId(uuid);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(
                    "id", ErrorCodes.INVALID_ID, "must be a UUID (was \"" + Excerpt.of(text) + "\")");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
