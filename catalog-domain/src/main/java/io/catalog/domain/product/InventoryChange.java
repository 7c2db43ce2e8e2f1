package io.catalog.domain.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one variant's stock, as the inventory lists it, changed in one change of its product.
 *
 * @param variantId {@link VariantId#DEFAULT} for the stock of a product whose variants are not managed
 */
public record InventoryChange(VariantId variantId, Stock before, Stock after) {

    public InventoryChange {
        Objects.requireNonNull(variantId, "variantId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** The inventory API names of what changed: {@code trackQuantity}, {@code quantity}, {@code inStock}. */
    public List<String> changedFields() {
        List<String> fields = new ArrayList<>(3);
        if (before.trackInventory() != after.trackInventory()) {
            fields.add("trackQuantity");
        }
        if (!Objects.equals(before.quantity(), after.quantity())) {
            fields.add("quantity");
        }
        if (before.inStock() != after.inStock()) {
            fields.add("inStock");
        }
        return fields;
    }
}
