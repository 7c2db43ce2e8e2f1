package io.catalog.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * An inventory item update body: {@code {"inventoryItem": {"trackQuantity": ..., "variants": [{"variantId": ...,
 * "quantity": n}, ...]}}}, with only the fields set, variants in the order added.
 */
public final class InventoryItemBody {

    private Boolean trackQuantity;
    private final List<JsonObject> variants = new ArrayList<>();

    private InventoryItemBody() {}

    public static InventoryItemBody update() {
        return new InventoryItemBody();
    }

    public InventoryItemBody trackQuantity(boolean track) {
        trackQuantity = track;
        return this;
    }

    /** A variant's quantity: {@code {"variantId": ..., "quantity": n}}. */
    public InventoryItemBody quantity(String variantId, int quantity) {
        variants.add(Json.createObjectBuilder()
                .add("variantId", variantId)
                .add("quantity", quantity)
                .build());
        return this;
    }

    /** A variant's in-stock state: {@code {"variantId": ..., "inStock": b}}. */
    public InventoryItemBody inStock(String variantId, boolean inStock) {
        variants.add(Json.createObjectBuilder()
                .add("variantId", variantId)
                .add("inStock", inStock)
                .build());
        return this;
    }

    public String json() {
        JsonObjectBuilder item = Json.createObjectBuilder();
        if (trackQuantity != null) {
            item.add("trackQuantity", trackQuantity);
        }
        if (!variants.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            variants.forEach(array::add);
            item.add("variants", array);
        }
        return Json.createObjectBuilder().add("inventoryItem", item).build().toString();
    }

    @Override
    public String toString() {
        return json();
    }
}
