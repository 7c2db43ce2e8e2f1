package io.catalog.web.products;

import io.catalog.domain.application.AdjustStockService;
import io.catalog.domain.application.StockAdjustment;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.StockUpdate;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the inventory request bodies (Update Inventory Variants, Decrement and Increment Inventory) in two steps:
 * the shape (types, nesting) of the whole body first, then the domain's values ({@link StockUpdate},
 * {@link StockAdjustment}), under their own rules. Errors name the v1 fields.
 */
final class InventoryRequests {

    static final String INVENTORY_ITEM = "inventoryItem";

    private InventoryRequests() {}

    /** {@code {"inventoryItem": {"trackQuantity": b, "variants": [{"variantId", "quantity", "inStock"}]}}}. */
    static InventoryItem update(JsonInput body) {
        JsonInput item = body.requiredObject(INVENTORY_ITEM);
        return new InventoryItem(
                item.bool("trackQuantity"),
                item.objects(
                        "variants",
                        variant -> new VariantStock(
                                variant.string("variantId"), variant.integer("quantity"), variant.bool("inStock"))));
    }

    /** {@code {"decrementData": [{"productId", "variantId", "decrementBy"}]}}; {@code null} when absent. */
    static List<SentAdjustment> decrements(JsonInput body) {
        return adjustments(body, "decrementData", "decrementBy");
    }

    /** {@code {"incrementData": [{"productId", "variantId", "incrementBy"}]}}; {@code null} when absent. */
    static List<SentAdjustment> increments(JsonInput body) {
        return adjustments(body, "incrementData", "incrementBy");
    }

    private static List<SentAdjustment> adjustments(JsonInput body, String listField, String amountField) {
        return body.objects(
                listField,
                item -> new SentAdjustment(
                        listField,
                        amountField,
                        item.string("productId"),
                        item.string("variantId"),
                        item.integer(amountField)));
    }

    /**
     * The items of a decrement or increment: 1 to {@value AdjustStockService#MAX_STOCK_ADJUSTMENTS} of them (checked
     * first, on the domain's {@code items}), each reported on {@code listField[i].productId|variantId|amountField}.
     */
    static List<StockAdjustment> stockAdjustments(List<SentAdjustment> sent) {
        AdjustStockService.requireItemCount(sent);
        List<StockAdjustment> items = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            items.add(sent.get(i).adjustment(i));
        }
        return items;
    }

    /** An inventory item as sent: tracking ({@code null}: as it is) and the variants' stock. */
    record InventoryItem(Boolean trackQuantity, List<VariantStock> variants) {

        /** The stock to set on each variant; errors are reported on {@code variants[i]...}. */
        List<StockUpdate> stockUpdates() {
            List<VariantStock> sent = variants == null ? List.of() : variants;
            List<StockUpdate> updates = new ArrayList<>(sent.size());
            for (int i = 0; i < sent.size(); i++) {
                VariantStock variant = sent.get(i);
                try {
                    updates.add(new StockUpdate(
                            VariantId.parse(variant.variantId()), variant.quantity(), variant.inStock()));
                } catch (ValidationException e) {
                    throw e.nestedIn("variants[" + i + "]");
                }
            }
            return updates;
        }
    }

    /** The stock to set on one variant as sent; {@code null} values are left unchanged. */
    record VariantStock(String variantId, Integer quantity, Boolean inStock) {}

    /** One item of a decrement or increment as sent, with the v1 names of its list and its amount. */
    record SentAdjustment(String listField, String amountField, String productId, String variantId, Integer amount) {

        StockAdjustment adjustment(int index) {
            String path = listField + "[" + index + "]";
            ProductId product;
            VariantId variant;
            try {
                product = ProductId.parse(productId);
            } catch (ValidationException e) {
                throw e.relocatedTo(path + ".productId");
            }
            try {
                variant = VariantId.parse(variantId);
            } catch (ValidationException e) {
                throw e.relocatedTo(path + ".variantId");
            }
            try {
                return StockAdjustment.of(product, variant, amount);
            } catch (ValidationException e) {
                throw e.relocatedTo(path + "." + amountField);
            }
        }
    }
}
