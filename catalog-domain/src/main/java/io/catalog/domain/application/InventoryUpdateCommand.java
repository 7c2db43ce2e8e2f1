package io.catalog.domain.application;

import java.util.List;

/**
 * Request to set a product's inventory, in API terms: {@code trackQuantity} {@code null} leaves tracking as it is;
 * each variant entry sets {@code quantity} (tracked) or {@code inStock} (not tracked) of one variant.
 */
public record InventoryUpdateCommand(Boolean trackQuantity, List<VariantStockCommand> variants) {

    public InventoryUpdateCommand {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** The stock to set on one variant; {@code null} values are left unchanged. */
    public record VariantStockCommand(String variantId, Integer quantity, Boolean inStock) {}
}
