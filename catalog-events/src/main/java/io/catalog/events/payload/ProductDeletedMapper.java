package io.catalog.events.payload;

import io.catalog.domain.product.events.ProductDeleted;
import io.catalog.events.json.Jsons;
import jakarta.enterprise.context.ApplicationScoped;

/** {@code ProductDeleted}: {@code {productId}}. */
@ApplicationScoped
public class ProductDeletedMapper implements EventMapper<ProductDeleted> {

    public static final String EVENT_TYPE = "ProductDeleted";

    @Override
    public Class<ProductDeleted> eventType() {
        return ProductDeleted.class;
    }

    @Override
    public String typeName() {
        return EVENT_TYPE;
    }

    @Override
    public OutgoingEvent map(ProductDeleted event) {
        return new OutgoingEvent(
                EVENT_TYPE,
                OutgoingEvent.PRODUCT,
                event.productId().toString(),
                Jsons.createObjectBuilder()
                        .add("productId", event.productId().toString())
                        .build());
    }
}
