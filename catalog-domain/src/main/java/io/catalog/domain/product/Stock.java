package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;

/**
 * Stock status. When inventory is tracked the quantity (0..99999999) is required and decides {@code inStock}
 * (a given {@code inStock} is ignored); when it is not tracked there is no quantity and {@code inStock} is as given.
 */
public record Stock(boolean trackInventory, Integer quantity, boolean inStock) {

    public static final int MAX_QUANTITY = 99_999_999;
    public static final Stock IN_STOCK = untracked(true);

    public Stock {
        if (trackInventory) {
            Require.range("stock.quantity", Require.present("stock.quantity", quantity), 0, MAX_QUANTITY);
            inStock = quantity > 0;
        } else if (quantity != null) {
            throw new ValidationException("stock.quantity", ErrorCodes.NOT_ALLOWED,
                    "must not be set when stock.trackInventory is false");
        }
    }

    public static Stock untracked(boolean inStock) {
        return new Stock(false, null, inStock);
    }

    public static Stock tracked(int quantity) {
        return new Stock(true, quantity, quantity > 0);
    }
}
