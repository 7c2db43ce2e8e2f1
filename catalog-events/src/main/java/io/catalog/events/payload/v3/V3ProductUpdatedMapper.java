package io.catalog.events.payload.v3;

import io.catalog.domain.product.events.ProductChanged;
import io.catalog.events.json.Jsons;
import io.catalog.events.payload.EventMapper;
import io.catalog.events.payload.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * {@value V3EventTypes#PRODUCT_UPDATED}: {@code updatedEvent.currentEntity}, the product as Get Product (V3) answers
 * it, read in the transaction of the change, and {@code updatedEvent.modifiedFields}, the V3 fields it modified
 * ({@link V3ModifiedFields}). A change that modified no V3 field (a warning limit) has no V3
 * form.
 */
@ApplicationScoped
public class V3ProductUpdatedMapper implements EventMapper<ProductChanged> {

    @Inject
    V3ProductReads reads;

    @Override
    public Class<ProductChanged> eventType() {
        return ProductChanged.class;
    }

    @Override
    public String typeName() {
        return V3EventTypes.PRODUCT_UPDATED;
    }

    @Override
    public boolean v3() {
        return true;
    }

    @Override
    public boolean publishes(ProductChanged event) {
        return !V3ModifiedFields.of(event.changedFields()).isEmpty();
    }

    @Override
    public OutgoingEvent map(ProductChanged event) {
        String id = V3Envelope.newId();
        List<String> modified = V3ModifiedFields.of(event.changedFields());
        JsonArrayBuilder fields = Jsons.createArrayBuilder();
        modified.forEach(fields::add);
        return new OutgoingEvent(
                V3EventTypes.PRODUCT_UPDATED,
                OutgoingEvent.PRODUCT,
                event.productId().toString(),
                V3Envelope.of(
                        id,
                        "updated",
                        event.productId(),
                        Jsons.createObjectBuilder()
                                .add("currentEntity", reads.current(event.store(), event.productId()))
                                .add("modifiedFields", fields),
                        event.occurredAt()),
                id);
    }
}
