package io.catalog.events.payload;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.events.ProductCreated;
import io.catalog.domain.store.StoreSettings;
import io.catalog.domain.store.StoreSettingsRepository;
import io.catalog.events.json.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

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
    public String typeName() {
        return EVENT_TYPE;
    }

    @Override
    public OutgoingEvent map(ProductCreated event) {
        Product product = Product.reconstitute(event.product());
        return new OutgoingEvent(
                EVENT_TYPE,
                OutgoingEvent.PRODUCT,
                event.productId().toString(),
                payload(product, stores.settingsOf(event.store())));
    }

    /** The payload of {@code product}'s creation; the SKU is empty when variants are managed, as in seed 002. */
    static JsonObject payload(Product product, StoreSettings store) {
        return Jsons.createObjectBuilder()
                .add("productId", product.id().toString())
                .add("name", product.name().value())
                .add("sku", product.manageVariants() ? "" : product.sku().value())
                .add("visible", product.visible())
                .add("price", PayloadJson.price(product.priceData()))
                .add("media", Jsons.createObjectBuilder().add("items", Jsons.createArrayBuilder()))
                .add(
                        "productPageUrl",
                        Jsons.createObjectBuilder()
                                .add("base", store.siteUrl())
                                .add("path", "/product-page/" + product.slug().value()))
                .build();
    }
}
