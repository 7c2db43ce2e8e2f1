package io.catalog.events.payload.v3;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.events.ProductCreated;
import io.catalog.events.json.Jsons;
import io.catalog.events.payload.EventMapper;
import io.catalog.events.payload.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@value V3EventTypes#PRODUCT_CREATED}: {@code createdEvent.entity}, the product as Get Product (V3) answers it,
 * from the snapshot the event carries (the product as created in the transaction that commits it).
 */
@ApplicationScoped
public class V3ProductCreatedMapper implements EventMapper<ProductCreated> {

    @Inject
    V3ProductReads reads;

    @Override
    public Class<ProductCreated> eventType() {
        return ProductCreated.class;
    }

    @Override
    public String typeName() {
        return V3EventTypes.PRODUCT_CREATED;
    }

    @Override
    public boolean v3() {
        return true;
    }

    @Override
    public OutgoingEvent map(ProductCreated event) {
        String id = V3Envelope.newId();
        return new OutgoingEvent(
                V3EventTypes.PRODUCT_CREATED,
                OutgoingEvent.PRODUCT,
                event.productId().toString(),
                V3Envelope.of(
                        id,
                        "created",
                        event.productId(),
                        Jsons.createObjectBuilder().add("entity", reads.created(Product.reconstitute(event.product()))),
                        event.occurredAt()),
                id);
    }
}
