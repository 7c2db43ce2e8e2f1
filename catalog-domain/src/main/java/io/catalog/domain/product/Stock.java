package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;

/**
 * Stock status. When inventory is tracked the quantity is required and decides {@code inStock}: in stock exactly
 * when it is above zero (a given {@code inStock} is ignored). A quantity is set to 0..99999999; only decrements of a
 * store that allows backorders take it below zero (down to -99999999: units sold that are still to come in).
 * When inventory is not tracked there is no quantity and {@code inStock} is as given.
 */
public record Stock(boolean trackInventory, Integer quantity, boolean inStock) {

    public static final int MAX_QUANTITY = 99_999_999;
    public static final Stock IN_STOCK = untracked(true);

    public Stock {
        if (trackInventory) {
            Require.range("stock.quantity", Require.present("stock.quantity", quantity), -MAX_QUANTITY, MAX_QUANTITY);
            inStock = quantity > 0;
        } else if (quantity != null) {
            throw new ValidationException(
                    "stock.quantity", ErrorCodes.NOT_ALLOWED, "must not be set when stock.trackInventory is false");
        }
    }

    public static Stock untracked(boolean inStock) {
        return new Stock(false, null, inStock);
    }

    public static Stock tracked(int quantity) {
        return new Stock(true, quantity, quantity > 0);
    }

    /** Tracked stock at a quantity set through the API: 0 to {@value #MAX_QUANTITY}, reported on {@code field}. */
    public static Stock settable(Integer quantity, String field) {
        return tracked((int) Require.range(field, Require.present(field, quantity), 0, MAX_QUANTITY));
    }
}
