package io.catalog.web.products.dto;

import io.catalog.domain.application.AdjustedStock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Answer of Decrement and Increment Inventory: one inventory item per product the call adjusted, in the order the
 * call first named them, each listing only the variants the call adjusted, with their stock after the whole call.
 */
@Schema(name = "InventoryItemsResponse")
public record InventoryItemsResponse(
        @Schema(description = "The adjusted inventory items")
        List<InventoryItemDto> inventoryItems) {

    public static InventoryItemsResponse of(List<AdjustedStock> adjusted) {
        return new InventoryItemsResponse(adjusted.stream()
                .map(item -> InventoryItemDto.of(item.product(), item.variantIds()))
                .toList());
    }
}
