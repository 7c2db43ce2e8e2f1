package io.catalog.events.payload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.events.ProductCreated;
import io.catalog.domain.store.StoreSettings;
import io.catalog.domain.store.StoreSettingsRepository;

/**
 * {@code ProductCreated}: {@code {productId, name, sku, visible, price, media, productPageUrl}}, from the snapshot
 * of the product the event carries (the product as created in the transaction that commits it).
 */
@ApplicationScoped
public class ProductCreatedMapper implements EventMapper<ProductCreated> {

    public static final String EVENT_TYPE = "ProductCreated";

    @Inject
    StoreSettingsRepository stores;

    @Override
    public Class<ProductCreated> eventType() {
        return ProductCreated.class;
    }

    @Override
    public OutgoingEvent map(ProductCreated event) {
        Product product = Product.reconstitute(event.product());
        return new OutgoingEvent(EVENT_TYPE, OutgoingEvent.PRODUCT, event.productId().toString(),
                payload(product, stores.settingsOf(event.store())));
    }

    /** The payload of {@code product}'s creation; the SKU is empty when variants are managed, as in seed 002. */
    static JsonObject payload(Product product, StoreSettings store) {
        return Json.createObjectBuilder()
                .add("productId", product.id().toString())
                .add("name", product.name().value())
                .add("sku", product.manageVariants() ? "" : product.sku().value())
                .add("visible", product.visible())
                .add("price", PayloadJson.price(product.priceData()))
                .add("media", Json.createObjectBuilder().add("items", Json.createArrayBuilder()))
                .add("productPageUrl", Json.createObjectBuilder()
                        .add("base", store.siteUrl())
                        .add("path", "/product-page/" + product.slug().value()))
                .build();
    }
}
