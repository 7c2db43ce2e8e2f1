package io.catalog.events.payload.v3;

import io.catalog.domain.product.events.ProductDeleted;
import io.catalog.events.json.Jsons;
import io.catalog.events.payload.EventMapper;
import io.catalog.events.payload.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@value V3EventTypes#PRODUCT_DELETED}: the deleted product's id ({@code entityId}) and
 * {@code deletedEvent: {"movedToTrash": false}} (a deleted product is gone, not in a trash).
 */
@ApplicationScoped
public class V3ProductDeletedMapper implements EventMapper<ProductDeleted> {

    @Override
    public Class<ProductDeleted> eventType() {
        return ProductDeleted.class;
    }

    @Override
    public String typeName() {
        return V3EventTypes.PRODUCT_DELETED;
    }

    @Override
    public boolean v3() {
        return true;
    }

    @Override
    public OutgoingEvent map(ProductDeleted event) {
        String id = V3Envelope.newId();
        return new OutgoingEvent(
                V3EventTypes.PRODUCT_DELETED,
                OutgoingEvent.PRODUCT,
                event.productId().toString(),
                V3Envelope.of(
                        id,
                        "deleted",
                        event.productId(),
                        Jsons.createObjectBuilder().add("movedToTrash", false),
                        event.occurredAt()),
                id);
    }
}
