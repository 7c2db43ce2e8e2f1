package io.catalog.web.products;

import io.catalog.domain.application.InventoryUpdateCommand;
import io.catalog.domain.application.InventoryUpdateCommand.VariantStockCommand;
import io.catalog.domain.application.StockAdjustmentCommand;
import io.catalog.web.json.JsonInput;
import java.util.List;

/**
 * Reads the inventory request bodies (Update Inventory Variants, Decrement and Increment Inventory) into commands.
 * Only the shape is checked here (types, nesting); every rule on the values belongs to the domain.
 */
final class InventoryRequests {

    static final String INVENTORY_ITEM = "inventoryItem";

    private InventoryRequests() {}

    /** {@code {"inventoryItem": {"trackQuantity": b, "variants": [{"variantId", "quantity", "inStock"}]}}}. */
    static InventoryUpdateCommand update(JsonInput body) {
        JsonInput item = body.requiredObject(INVENTORY_ITEM);
        return new InventoryUpdateCommand(
                item.bool("trackQuantity"),
                item.objects(
                        "variants",
                        variant -> new VariantStockCommand(
                                variant.string("variantId"), variant.integer("quantity"), variant.bool("inStock"))));
    }

    /** {@code {"decrementData": [{"productId", "variantId", "decrementBy"}]}}; {@code null} when absent. */
    static List<StockAdjustmentCommand> decrements(JsonInput body) {
        return adjustments(body, "decrementData", "decrementBy");
    }

    /** {@code {"incrementData": [{"productId", "variantId", "incrementBy"}]}}; {@code null} when absent. */
    static List<StockAdjustmentCommand> increments(JsonInput body) {
        return adjustments(body, "incrementData", "incrementBy");
    }

    private static List<StockAdjustmentCommand> adjustments(JsonInput body, String listField, String amountField) {
        return body.objects(
                listField,
                item -> new StockAdjustmentCommand(
                        item.string("productId"), item.string("variantId"), item.integer(amountField)));
    }
}
