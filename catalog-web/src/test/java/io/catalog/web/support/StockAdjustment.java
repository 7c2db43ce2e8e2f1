package io.catalog.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * An inventory decrement or increment body: {@code {"decrementData": [{"productId": ..., "variantId": ...,
 * "decrementBy": n}, ...]}} or the same with {@code incrementData} and {@code incrementBy}, items in the order added.
 */
public final class StockAdjustment {

    private final String list;
    private final String by;
    private final List<Object[]> items = new ArrayList<>();

    private StockAdjustment(String list, String by) {
        this.list = list;
        this.by = by;
    }

    public static StockAdjustment decrement() {
        return new StockAdjustment("decrementData", "decrementBy");
    }

    public static StockAdjustment increment() {
        return new StockAdjustment("incrementData", "incrementBy");
    }

    /** A decrement of one variant: the body as JSON text. */
    public static String decrement(String productId, String variantId, int by) {
        return decrement().item(productId, variantId, by).json();
    }

    /** An increment of one variant: the body as JSON text. */
    public static String increment(String productId, String variantId, int by) {
        return increment().item(productId, variantId, by).json();
    }

    /** Adds a change of {@code by} to a variant of a product. */
    public StockAdjustment item(String productId, String variantId, int by) {
        items.add(new Object[] {productId, variantId, by});
        return this;
    }

    public String json() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object[] item : items) {
            array.add(Json.createObjectBuilder()
                    .add("productId", (String) item[0])
                    .add("variantId", (String) item[1])
                    .add(by, (int) item[2]));
        }
        return Json.createObjectBuilder().add(list, array).build().toString();
    }

    @Override
    public String toString() {
        return json();
    }
}
