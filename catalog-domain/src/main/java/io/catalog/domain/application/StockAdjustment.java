package io.catalog.domain.application;

import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.shared.Require;
import java.util.Objects;

/**
 * One item of a stock decrement or increment: the variant's tracked quantity changes by {@code amount}, 1 to
 * {@value Stock#MAX_QUANTITY} (whether it is taken away or added is the call's).
 */
public record StockAdjustment(ProductId productId, VariantId variantId, int amount) {

    public StockAdjustment {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(variantId, "variantId");
        Require.range("amount", amount, 1, Stock.MAX_QUANTITY);
    }

    /** The same, with {@code amount} possibly not sent: {@code REQUIRED} on {@code amount} then. */
    public static StockAdjustment of(ProductId productId, VariantId variantId, Integer amount) {
        return new StockAdjustment(productId, variantId, Require.present("amount", amount));
    }
}
