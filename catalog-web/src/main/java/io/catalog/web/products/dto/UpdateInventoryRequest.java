package io.catalog.web.products.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of Update Inventory Variants. Documents the request in OpenAPI; the body itself is read by the resource's
 * request reader.
 */
@Schema(name = "UpdateInventoryRequest")
public record UpdateInventoryRequest(InventoryItemUpdateDto inventoryItem) {

    /** Tracking and the stock to set per variant; fields not sent stay as they are. */
    @Schema(name = "InventoryItemUpdate")
    @JsonbPropertyOrder({"trackQuantity", "variants"})
    public record InventoryItemUpdateDto(
            @Schema(
                    description = "Whether quantities are tracked from now on; stock that becomes tracked starts at "
                            + "0 unless a quantity is sent",
                    example = "true")
            Boolean trackQuantity,

            @Schema(description = "Stock to set per variant")
            List<VariantStockDto> variants) {}

    /** The stock of one variant: {@code quantity} while tracked, {@code inStock} while not. */
    @Schema(name = "VariantStockUpdate")
    @JsonbPropertyOrder({"variantId", "quantity", "inStock"})
    public record VariantStockDto(
            @Schema(
                    description = "Variant id; 00000000-0000-0000-0000-000000000000 for a product whose variants "
                            + "are not managed",
                    example = "00000000-0000-0000-0000-000000000000")
            String variantId,

            @Schema(description = "Quantity, 0 to 99999999; only while tracked", example = "10")
            Integer quantity,

            @Schema(description = "Whether it can be bought; only read while not tracked", example = "true")
            Boolean inStock) {}
}
