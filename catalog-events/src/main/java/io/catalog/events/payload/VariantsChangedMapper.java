package io.catalog.events.payload;

import io.catalog.domain.product.events.VariantsChanged;
import io.catalog.events.json.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;

/** {@code VariantsChanged}: {@code {productId, variants: [{variantId, choices, changedFields}]}}. */
@ApplicationScoped
public class VariantsChangedMapper implements EventMapper<VariantsChanged> {

    public static final String EVENT_TYPE = "VariantsChanged";

    @Override
    public Class<VariantsChanged> eventType() {
        return VariantsChanged.class;
    }

    @Override
    public String typeName() {
        return EVENT_TYPE;
    }

    @Override
    public OutgoingEvent map(VariantsChanged event) {
        JsonArrayBuilder variants = Jsons.createArrayBuilder();
        event.variants()
                .forEach(variant -> variants.add(Jsons.createObjectBuilder()
                        .add("variantId", variant.variantId().value())
                        .add("choices", PayloadJson.strings(variant.choices()))
                        .add("changedFields", PayloadJson.strings(variant.changedFields()))));
        return new OutgoingEvent(
                EVENT_TYPE,
                OutgoingEvent.PRODUCT,
                event.productId().toString(),
                Jsons.createObjectBuilder()
                        .add("productId", event.productId().toString())
                        .add("variants", variants)
                        .build());
    }
}
