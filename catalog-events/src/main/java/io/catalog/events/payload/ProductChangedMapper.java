package io.catalog.events.payload;

import io.catalog.domain.product.events.ProductChanged;
import io.catalog.events.json.Jsons;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code ProductChanged}: {@code {productId, changedFields}}, the API names of the fields that changed. */
@ApplicationScoped
public class ProductChangedMapper implements EventMapper<ProductChanged> {

    public static final String EVENT_TYPE = "ProductChanged";

    @Override
    public Class<ProductChanged> eventType() {
        return ProductChanged.class;
    }

    @Override
    public String typeName() {
        return EVENT_TYPE;
    }

    @Override
    public OutgoingEvent map(ProductChanged event) {
        return new OutgoingEvent(
                EVENT_TYPE,
                OutgoingEvent.PRODUCT,
                event.productId().toString(),
                Jsons.createObjectBuilder()
                        .add("productId", event.productId().toString())
                        .add("changedFields", PayloadJson.strings(event.changedFields()))
                        .build());
    }
}
