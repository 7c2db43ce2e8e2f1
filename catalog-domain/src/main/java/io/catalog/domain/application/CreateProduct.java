package io.catalog.domain.application;

import io.catalog.domain.product.NewProduct;
import io.catalog.domain.product.Slug;
import java.util.Objects;
import java.util.Optional;

/**
 * Create a product: what it is made of, and the slug asked for; without one, a free slug is derived from its name.
 */
public record CreateProduct(NewProduct product, Optional<Slug> slug) {

    public CreateProduct {
        Objects.requireNonNull(product, "product");
        slug = slug == null ? Optional.empty() : slug;
    }

    /** Without a slug of its own. */
    public CreateProduct(NewProduct product) {
        this(product, Optional.empty());
    }
}
