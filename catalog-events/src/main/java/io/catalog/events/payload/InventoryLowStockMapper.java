package io.catalog.events.payload;

import io.catalog.domain.product.events.InventoryLowStock;
import io.catalog.events.json.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;

/**
 * {@code InventoryLowStock}: {@code {inventoryItemId, productId, warningLimit, variants: [{variantId, quantity}]}},
 * the variants whose tracked quantity fell to or below the product's {@code warningLimit}.
 */
@ApplicationScoped
public class InventoryLowStockMapper implements EventMapper<InventoryLowStock> {

    public static final String EVENT_TYPE = "InventoryLowStock";

    @Override
    public Class<InventoryLowStock> eventType() {
        return InventoryLowStock.class;
    }

    @Override
    public String typeName() {
        return EVENT_TYPE;
    }

    @Override
    public OutgoingEvent map(InventoryLowStock event) {
        JsonArrayBuilder variants = Jsons.createArrayBuilder();
        event.variants()
                .forEach(variant -> variants.add(Jsons.createObjectBuilder()
                        .add("variantId", variant.variantId().value())
                        .add("quantity", variant.quantity())));
        return new OutgoingEvent(
                EVENT_TYPE,
                OutgoingEvent.PRODUCT,
                event.productId().toString(),
                Jsons.createObjectBuilder()
                        .add("inventoryItemId", event.inventoryItemId().toString())
                        .add("productId", event.productId().toString())
                        .add("warningLimit", event.warningLimit())
                        .add("variants", variants)
                        .build());
    }
}
