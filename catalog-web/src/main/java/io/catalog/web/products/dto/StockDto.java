package io.catalog.web.products.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.catalog.domain.product.Stock;

/** Inventory status. {@code quantity} is present only when inventory is tracked; then it decides {@code inStock}. */
@Schema(name = "Stock")
@JsonbPropertyOrder({"trackInventory", "quantity", "inStock"})
public record StockDto(
        @Schema(description = "Whether the quantity is tracked", example = "false") Boolean trackInventory,
        @Schema(description = "Quantity in stock, when tracked", example = "10") Integer quantity,
        @Schema(description = "Whether it can be bought; computed from the quantity when tracked", example = "true") Boolean inStock) {

    public static StockDto of(Stock stock) {
        return new StockDto(stock.trackInventory(), stock.quantity(), stock.inStock());
    }
}
