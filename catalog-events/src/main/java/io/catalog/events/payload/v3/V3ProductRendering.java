package io.catalog.events.payload.v3;

import io.catalog.domain.application.ProductView;
import jakarta.json.JsonObject;

/**
 * The product in the Catalog V3 shape, exactly as Get Product (V3) answers a caller that may modify products: the
 * entity of the V3 events. The V3 dialect renders it (catalog-web provides the one implementation, its own mapping),
 * so the events and the API cannot drift apart.
 */
public interface V3ProductRendering {

    /** The V3 product of a view read with its variants. */
    JsonObject render(ProductView view);
}
