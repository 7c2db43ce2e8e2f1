package io.catalog.domain.application;

import io.catalog.domain.product.NewProduct;
import io.catalog.domain.product.ProductDetailsChange;
import io.catalog.domain.product.Slug;
import io.catalog.domain.product.VariantWrite;
import io.catalog.domain.product.subscription.SubscriptionsChange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Create a product: what it is made of, and the slug asked for; without one, a free slug is derived from its name.
 *
 * @param variants the variants written whole once the product is made ({@link
 *                 io.catalog.domain.product.VariantWrites}); empty: none
 * @param details       its media, info sections and variants' details, written after the variants
 * @param subscriptions the product's subscriptions, set after its variants; {@code null}: none
 */
public record CreateProduct(
        NewProduct product,
        Optional<Slug> slug,
        List<VariantWrite> variants,
        ProductDetailsChange details,
        SubscriptionsChange subscriptions) {

    public CreateProduct {
        details = details == null ? ProductDetailsChange.NONE : details;
        Objects.requireNonNull(product, "product");
        slug = slug == null ? Optional.empty() : slug;
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** Without details or subscriptions. */
    public CreateProduct(NewProduct product, Optional<Slug> slug, List<VariantWrite> variants) {
        this(product, slug, variants, null, null);
    }

    /** Without variants written whole. */
    public CreateProduct(NewProduct product, Optional<Slug> slug) {
        this(product, slug, List.of());
    }

    /** Without a slug of its own. */
    public CreateProduct(NewProduct product) {
        this(product, Optional.empty());
    }
}
