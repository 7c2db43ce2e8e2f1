package io.catalog.domain.product;

import io.catalog.domain.money.Money;
import java.util.Objects;

/**
 * The stored data of one managed variant. {@code price}, {@code weight} and {@code stock} are {@code null} when the
 * variant inherits the product's value; the SKU is the variant's own ({@link Sku#NONE} when it has none).
 */
public record VariantOverrides(Money price, Sku sku, Weight weight, boolean visible, Stock stock) {

    /** The data of a variant that managing variants creates: everything inherited, no SKU, visible. */
    public static final VariantOverrides DEFAULT = new VariantOverrides(null, Sku.NONE, null, true, null);

    /** The data of a variant reset to the product's values: everything inherited, the product's SKU, visible. */
    static VariantOverrides resetTo(Sku productSku) {
        return new VariantOverrides(null, productSku, null, true, null);
    }

    public VariantOverrides {
        Objects.requireNonNull(sku, "sku");
    }

    VariantOverrides withPrice(Money newPrice) {
        return new VariantOverrides(newPrice, sku, weight, visible, stock);
    }

    VariantOverrides withSku(Sku newSku) {
        return new VariantOverrides(price, newSku, weight, visible, stock);
    }

    VariantOverrides withWeight(Weight newWeight) {
        return new VariantOverrides(price, sku, newWeight, visible, stock);
    }

    VariantOverrides withVisible(boolean newVisible) {
        return new VariantOverrides(price, sku, weight, newVisible, stock);
    }

    VariantOverrides withStock(Stock newStock) {
        return new VariantOverrides(price, sku, weight, visible, newStock);
    }
}
