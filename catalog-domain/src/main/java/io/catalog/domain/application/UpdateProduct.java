package io.catalog.domain.application;

import io.catalog.domain.product.ProductDetailsChange;
import io.catalog.domain.product.ProductPatch;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.VariantWrite;
import io.catalog.domain.product.subscription.SubscriptionsChange;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * Change a product: the {@link ProductPatch} of its fields and, optionally, an {@code inventoryDelta} to add
 * (negative: take away) to its tracked quantity, atomically, as an increment or decrement does. A delta is
 * {@value Stock#MAX_QUANTITY} at most either way, and is not sent together with a quantity.
 *
 * @param inventoryDelta {@code null}: none
 * @param variants       the variants written whole after the patch ({@link io.catalog.domain.product.VariantWrites});
 *                       empty: none
 * @param details        its media, info sections and variants' details, written after the variants
 * @param subscriptions  the subscriptions replacing the product's, set after the variants; {@code null}: unchanged
 */
public record UpdateProduct(
        ProductPatch patch,
        Integer inventoryDelta,
        List<VariantWrite> variants,
        ProductDetailsChange details,
        SubscriptionsChange subscriptions) {

    public UpdateProduct {
        details = details == null ? ProductDetailsChange.NONE : details;
        Objects.requireNonNull(patch, "patch");
        variants = variants == null ? List.of() : List.copyOf(variants);
        if (inventoryDelta != null) {
            if (patch.stock() != null && patch.stock().quantity() != null) {
                throw new ValidationException(
                        "inventoryDelta",
                        ErrorCodes.CONFLICTING_SELECTORS,
                        "must not be sent together with stock.quantity; send one of them");
            }
            Require.range("inventoryDelta", inventoryDelta, -Stock.MAX_QUANTITY, Stock.MAX_QUANTITY);
        }
    }

    /** Without details or a change of subscriptions. */
    public UpdateProduct(ProductPatch patch, Integer inventoryDelta, List<VariantWrite> variants) {
        this(patch, inventoryDelta, variants, null, null);
    }

    /** The patch and a delta, without variants written whole. */
    public UpdateProduct(ProductPatch patch, Integer inventoryDelta) {
        this(patch, inventoryDelta, List.of());
    }

    /** Only the patch. */
    public UpdateProduct(ProductPatch patch) {
        this(patch, null);
    }
}
