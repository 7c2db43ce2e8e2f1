package io.catalog.web.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A v1 product for request bodies, built field by field with values escaped as JSON:
 * {@code ProductBody.named("T-shirt").price("10.5").option("Size", "S", "M").manageVariants().visible(false).json()}
 * is {@code {"product": {...}}} for create and update; {@link #object} is the product alone, as bulk creation takes
 * it. Only the fields set are sent, so {@link #changes} makes a partial update.
 */
public final class ProductBody {

    private final Map<String, JsonValue> fields = new LinkedHashMap<>();
    private ProductOptions options;

    private ProductBody() {}

    /** A product of this name. */
    public static ProductBody named(String name) {
        return new ProductBody().name(name);
    }

    /** A product without any field yet, for partial updates. */
    public static ProductBody changes() {
        return new ProductBody();
    }

    public ProductBody name(String name) {
        return set("name", name);
    }

    public ProductBody slug(String slug) {
        return set("slug", slug);
    }

    public ProductBody sku(String sku) {
        return set("sku", sku);
    }

    public ProductBody description(String description) {
        return set("description", description);
    }

    /** {@code physical} or {@code digital}. */
    public ProductBody productType(String productType) {
        return set("productType", productType);
    }

    /** {@code "priceData": {"price": price}}, the price written as given (e.g. {@code "10.5"}). */
    public ProductBody price(String price) {
        return set(
                "priceData",
                Json.createObjectBuilder().add("price", new BigDecimal(price)).build());
    }

    public ProductBody price(long price) {
        return set("priceData", Json.createObjectBuilder().add("price", price).build());
    }

    /** {@code "discount": {"type": type, "value": value}}. */
    public ProductBody discount(String type, long value) {
        return set(
                "discount",
                Json.createObjectBuilder().add("type", type).add("value", value).build());
    }

    public ProductBody weight(String weight) {
        return set("weight", Json.createValue(new BigDecimal(weight)));
    }

    public ProductBody visible(boolean visible) {
        return set("visible", visible ? JsonValue.TRUE : JsonValue.FALSE);
    }

    /** {@code "manageVariants": true}. */
    public ProductBody manageVariants() {
        return manageVariants(true);
    }

    public ProductBody manageVariants(boolean manageVariants) {
        return set("manageVariants", manageVariants ? JsonValue.TRUE : JsonValue.FALSE);
    }

    /** {@code "stock": {"trackInventory": true, "quantity": quantity}}. */
    public ProductBody trackedStock(int quantity) {
        return set(
                "stock",
                Json.createObjectBuilder()
                        .add("trackInventory", true)
                        .add("quantity", quantity)
                        .build());
    }

    /** The stock at or below which the product is low on stock. */
    public ProductBody warningLimit(int limit) {
        return set("warningLimit", Json.createValue(limit));
    }

    public ProductBody inventoryDelta(int delta) {
        return set("inventoryDelta", Json.createValue(delta));
    }

    /** The revision the change is made to, as the string the API answers. */
    public ProductBody revision(String revision) {
        return set("revision", revision);
    }

    /** Adds an option of these choice values to {@code productOptions}. */
    public ProductBody option(String name, String... values) {
        if (options == null) {
            options = ProductOptions.none();
        }
        options.option(name, values);
        return this;
    }

    /** {@code productOptions}, these options (an empty array for {@link ProductOptions#none}). */
    public ProductBody options(ProductOptions options) {
        this.options = options.copy();
        return this;
    }

    /** Any other field. */
    public ProductBody set(String field, String value) {
        return set(field, Json.createValue(value));
    }

    /** Any other field. */
    public ProductBody set(String field, JsonValue value) {
        fields.put(field, value);
        return this;
    }

    /** The product alone: {@code {"name": ..., ...}}. */
    public JsonObject object() {
        JsonObjectBuilder product = Json.createObjectBuilder();
        fields.forEach(product::add);
        if (options != null) {
            product.add("productOptions", options.json());
        }
        return product.build();
    }

    /** The request body: {@code {"product": {...}}}. */
    public String json() {
        return Json.createObjectBuilder().add("product", object()).build().toString();
    }

    @Override
    public String toString() {
        return json();
    }
}
