package io.catalog.domain.product;

import io.catalog.domain.money.Money;
import java.util.Objects;

/**
 * The stored data of one managed variant. {@code price}, {@code weight} and {@code stock} are {@code null} when the
 * variant inherits the product's value; the SKU is the variant's own ({@link Sku#NONE} when it has none).
 *
 * @param discountedPrice the variant's own price after discount (Catalog V3's {@code actualPrice} under a
 *                        {@code compareAtPrice}), at most its price; {@code null}: the product's discount applies
 * @param cost            what the variant costs the merchant; {@code null}: the product's cost
 * @param barcode         the variant's own barcode; {@code null}: none
 */
public record VariantOverrides(
        Money price,
        Sku sku,
        Weight weight,
        boolean visible,
        Stock stock,
        Money discountedPrice,
        Money cost,
        Barcode barcode) {

    /** The data of a variant that managing variants creates: everything inherited, no SKU, visible. */
    public static final VariantOverrides DEFAULT = new VariantOverrides(null, Sku.NONE, null, true, null);

    /** The data of a variant reset to the product's values: everything inherited, the product's SKU, visible. */
    static VariantOverrides resetTo(Sku productSku) {
        return new VariantOverrides(null, productSku, null, true, null);
    }

    public VariantOverrides {
        Objects.requireNonNull(sku, "sku");
    }

    /** Without a discounted price, cost or barcode of its own. */
    public VariantOverrides(Money price, Sku sku, Weight weight, boolean visible, Stock stock) {
        this(price, sku, weight, visible, stock, null, null, null);
    }

    /** A new price drops the variant's own discounted price: the product's discount applies to it. */
    VariantOverrides withPrice(Money newPrice) {
        return new VariantOverrides(newPrice, sku, weight, visible, stock, null, cost, barcode);
    }

    VariantOverrides withSku(Sku newSku) {
        return new VariantOverrides(price, newSku, weight, visible, stock, discountedPrice, cost, barcode);
    }

    VariantOverrides withWeight(Weight newWeight) {
        return new VariantOverrides(price, sku, newWeight, visible, stock, discountedPrice, cost, barcode);
    }

    VariantOverrides withVisible(boolean newVisible) {
        return new VariantOverrides(price, sku, weight, newVisible, stock, discountedPrice, cost, barcode);
    }

    VariantOverrides withStock(Stock newStock) {
        return new VariantOverrides(price, sku, weight, visible, newStock, discountedPrice, cost, barcode);
    }

    /** Its price and, under it, its own discounted price ({@code null}: the product's discount applies). */
    VariantOverrides withPrices(Money newPrice, Money newDiscountedPrice) {
        return new VariantOverrides(newPrice, sku, weight, visible, stock, newDiscountedPrice, cost, barcode);
    }

    VariantOverrides withCost(Money newCost) {
        return new VariantOverrides(price, sku, weight, visible, stock, discountedPrice, newCost, barcode);
    }

    VariantOverrides withBarcode(Barcode newBarcode) {
        return new VariantOverrides(price, sku, weight, visible, stock, discountedPrice, cost, newBarcode);
    }
}
