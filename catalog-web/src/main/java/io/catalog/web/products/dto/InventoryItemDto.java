package io.catalog.web.products.dto;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.VariantId;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A product's inventory item, as the Wix Stores Inventory API v2 shows it: whether quantities are tracked and the
 * stock of each variant (the default variant {@code 00000000-0000-0000-0000-000000000000} for a product whose
 * variants are not managed).
 */
@Schema(name = "InventoryItem")
@JsonbPropertyOrder({"id", "productId", "trackQuantity", "variants", "lastUpdated", "numericId"})
public record InventoryItemDto(
        @Schema(
                description = "Inventory item id (the product's inventoryItemId)",
                example = "4b1e1a1e-9c1c-4c8f-8a5e-2f8a0e6b1d11")
        String id,

        @Schema(description = "Product id", example = "0f6c5a4e-1d2b-4f0e-9a3c-7b8d9e0f1a2b")
        String productId,

        @Schema(description = "Whether quantities are tracked", example = "true")
        Boolean trackQuantity,

        @Schema(description = "Stock of the variants") List<InventoryVariantDto> variants,

        @Schema(description = "When the product last changed", example = "2026-11-22T10:15:30.123Z")
        String lastUpdated,

        @Schema(description = "The product's numeric id", example = "1")
        String numericId) {

    /** The stock of one variant; {@code quantity} only when tracked, and then it decides {@code inStock}. */
    @Schema(name = "InventoryVariant")
    @JsonbPropertyOrder({"variantId", "inStock", "quantity"})
    public record InventoryVariantDto(
            @Schema(description = "Variant id", example = "00000000-0000-0000-0000-000000000000")
            String variantId,

            @Schema(description = "Whether it can be bought; computed from the quantity when tracked", example = "true")
            Boolean inStock,

            @Schema(description = "Quantity in stock, when tracked", example = "10")
            Integer quantity) {

        static InventoryVariantDto of(VariantId variantId, Stock stock) {
            return new InventoryVariantDto(variantId.value(), stock.inStock(), stock.quantity());
        }
    }

    /** The whole inventory item: every managed variant, or the default variant alone. */
    public static InventoryItemDto of(Product product) {
        return of(product, false);
    }

    /**
     * The inventory item as a caller sees it: with {@code visibleOnly} (a storefront) without the hidden variants
     * (see {@link io.catalog.domain.product.ProductVariants#forInventory}).
     */
    public static InventoryItemDto of(Product product, boolean visibleOnly) {
        List<InventoryVariantDto> variants = product.manageVariants()
                ? product.variants().forInventory(visibleOnly).stream()
                        .map(variant -> InventoryVariantDto.of(variant.id(), variant.stock()))
                        .toList()
                : List.of(InventoryVariantDto.of(VariantId.DEFAULT, product.stock()));
        return withEntries(product, variants);
    }

    /** The inventory item with only the given variants, as they are now. */
    public static InventoryItemDto of(Product product, List<VariantId> variantIds) {
        return withEntries(
                product,
                variantIds.stream()
                        .map(variantId -> InventoryVariantDto.of(
                                variantId, product.variants().stockOf(variantId)))
                        .toList());
    }

    private static InventoryItemDto withEntries(Product product, List<InventoryVariantDto> variants) {
        return new InventoryItemDto(
                product.inventoryItemId().toString(),
                product.id().value().toString(),
                product.stock().trackInventory(),
                variants,
                product.lastUpdated().toString(),
                Long.toString(product.numericId()));
    }
}
