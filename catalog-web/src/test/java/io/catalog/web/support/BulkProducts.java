package io.catalog.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** A bulk creation body: {@code {"products": [...]}}, with {@code "returnEntity": true} when asked. */
public final class BulkProducts {

    private final List<ProductBody> products;
    private boolean returnEntity;

    private BulkProducts(List<ProductBody> products) {
        this.products = products;
    }

    public static BulkProducts of(ProductBody... products) {
        return new BulkProducts(List.of(products));
    }

    public static BulkProducts of(List<ProductBody> products) {
        return new BulkProducts(List.copyOf(products));
    }

    /** {@code count} products, product {@code i} being {@code product.apply(i)}. */
    public static BulkProducts of(int count, IntFunction<ProductBody> product) {
        return of(IntStream.range(0, count).mapToObj(product).toList());
    }

    /** Asks for the created products in the answer. */
    public BulkProducts returnEntity() {
        returnEntity = true;
        return this;
    }

    public String json() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        products.forEach(product -> array.add(product.object()));
        JsonObjectBuilder body = Json.createObjectBuilder().add("products", array);
        if (returnEntity) {
            body.add("returnEntity", true);
        }
        return body.build().toString();
    }

    @Override
    public String toString() {
        return json();
    }
}
