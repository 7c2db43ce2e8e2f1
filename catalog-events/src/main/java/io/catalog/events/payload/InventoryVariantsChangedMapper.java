package io.catalog.events.payload;

import io.catalog.domain.product.Stock;
import io.catalog.domain.product.events.InventoryVariantsChanged;
import io.catalog.events.json.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * {@code InventoryVariantsChanged}, after Wix Stores Inventory's "Inventory Variants Changed": {@code
 * {inventoryItemId, productId, variants: [{variantId, changedFields, oldValue, newValue}]}}, each value
 * {@code {trackQuantity, quantity, inStock}} ({@code quantity} only while tracked).
 */
@ApplicationScoped
public class InventoryVariantsChangedMapper implements EventMapper<InventoryVariantsChanged> {

    public static final String EVENT_TYPE = "InventoryVariantsChanged";

    @Override
    public Class<InventoryVariantsChanged> eventType() {
        return InventoryVariantsChanged.class;
    }

    @Override
    public String typeName() {
        return EVENT_TYPE;
    }

    @Override
    public OutgoingEvent map(InventoryVariantsChanged event) {
        JsonArrayBuilder variants = Jsons.createArrayBuilder();
        event.variants()
                .forEach(change -> variants.add(Jsons.createObjectBuilder()
                        .add("variantId", change.variantId().value())
                        .add("changedFields", PayloadJson.strings(change.changedFields()))
                        .add("oldValue", stock(change.before()))
                        .add("newValue", stock(change.after()))));
        return new OutgoingEvent(
                EVENT_TYPE,
                OutgoingEvent.PRODUCT,
                event.productId().toString(),
                Jsons.createObjectBuilder()
                        .add("inventoryItemId", event.inventoryItemId().toString())
                        .add("productId", event.productId().toString())
                        .add("variants", variants)
                        .build());
    }

    private static JsonObjectBuilder stock(Stock stock) {
        JsonObjectBuilder value = Jsons.createObjectBuilder().add("trackQuantity", stock.trackInventory());
        if (stock.quantity() != null) {
            value.add("quantity", stock.quantity());
        }
        return value.add("inStock", stock.inStock());
    }
}
