package io.catalog.domain.product;

import java.util.Objects;

/**
 * The stock to set on one variant through the inventory: {@code quantity} while inventory is tracked (it then
 * decides whether the variant is in stock), {@code inStock} while it is not; {@code null} leaves the value as it is.
 * For a product whose variants are not managed, {@link VariantId#DEFAULT} (or any of its combinations) addresses
 * the product's own stock.
 */
public record StockUpdate(VariantId variantId, Integer quantity, Boolean inStock) {

    public StockUpdate {
        Objects.requireNonNull(variantId, "variantId");
    }
}
