package io.catalog.domain.application;

import io.catalog.domain.product.ProductPatch;
import io.catalog.domain.product.Stock;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.util.Objects;

/**
 * Change a product: the {@link ProductPatch} of its fields and, optionally, an {@code inventoryDelta} to add
 * (negative: take away) to its tracked quantity, atomically, as an increment or decrement does. A delta is
 * {@value Stock#MAX_QUANTITY} at most either way, and is not sent together with a quantity.
 *
 * @param inventoryDelta {@code null}: none
 */
public record UpdateProduct(ProductPatch patch, Integer inventoryDelta) {

    public UpdateProduct {
        Objects.requireNonNull(patch, "patch");
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

    /** Only the patch. */
    public UpdateProduct(ProductPatch patch) {
        this(patch, null);
    }
}
