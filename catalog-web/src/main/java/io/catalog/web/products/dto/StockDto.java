package io.catalog.web.products.dto;

import io.catalog.domain.product.ProductSummary;
import io.catalog.domain.product.Stock;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Inventory status. {@code quantity} is present only when inventory is tracked; then it decides {@code inStock}. */
@Schema(name = "Stock")
@JsonbPropertyOrder({"trackInventory", "quantity", "inStock"})
public record StockDto(
        @Schema(description = "Whether the quantity is tracked", example = "false")
        Boolean trackInventory,

        @Schema(
                description =
                        "Quantity in stock, when tracked; left out of a product that manages variants, whose variants each have their own",
                example = "10")
        Integer quantity,

        @Schema(
                description =
                        "Whether it can be bought; computed from the quantity when tracked; for a product that manages variants, whether some visible variant is in stock",
                example = "true")
        Boolean inStock) {

    public static StockDto of(Stock stock) {
        return new StockDto(stock.trackInventory(), stock.quantity(), stock.inStock());
    }

    /**
     * A product's stock as its answer shows it. Without managed variants, its stock. With them, whether it can be
     * bought ({@link ProductSummary#inStock()}: some visible variant is in stock) and whether quantities are tracked,
     * with no quantity: each variant has its own, in the variants and the inventory.
     */
    public static StockDto ofProduct(ProductSummary product) {
        Stock stock = product.stock();
        return product.manageVariants() ? new StockDto(stock.trackInventory(), null, product.inStock()) : of(stock);
    }
}
