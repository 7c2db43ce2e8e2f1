package io.catalog.domain.application;

import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.VariantId;
import java.util.List;
import java.util.function.Consumer;

/**
 * The items of one stock decrement or increment call in domain terms, with the API names their errors are reported
 * on: {@code listField[i].amountField}.
 *
 * @param listField   {@code decrementData} or {@code incrementData}
 * @param amountField {@code decrementBy} or {@code incrementBy}
 */
record StockAdjustments(String listField, String amountField, List<Item> items) {

    StockAdjustments {
        items = List.copyOf(items);
    }

    /** One item: the variant's tracked quantity changes by {@code delta} (negative: taken away). */
    record Item(ProductId productId, VariantId variantId, int delta) {}

    int size() {
        return items.size();
    }

    Item get(int index) {
        return items.get(index);
    }

    void forEach(Consumer<Item> action) {
        items.forEach(action);
    }

    /** Where the item at {@code index} is in the request. */
    String path(int index) {
        return path(listField, index);
    }

    static String path(String listField, int index) {
        return listField + "[" + index + "]";
    }
}
