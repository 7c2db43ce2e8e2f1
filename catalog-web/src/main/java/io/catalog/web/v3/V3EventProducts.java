package io.catalog.web.v3;

import io.catalog.domain.application.ProductView;
import io.catalog.events.payload.v3.V3ProductRendering;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;

/**
 * The entity of the V3 product events: the product as Get Product (V3) answers a caller that may modify products,
 * made by the same mapping ({@link V3Products}) and the same JSON binding defaults as the answer, so an event's
 * entity is the JSON of the GET that follows it.
 */
@ApplicationScoped
public class V3EventProducts implements V3ProductRendering {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public JsonObject render(ProductView view) {
        try (JsonReader reader = Json.createReader(new StringReader(JSON.toJson(V3Products.of(view, false))))) {
            return reader.readObject();
        }
    }
}
