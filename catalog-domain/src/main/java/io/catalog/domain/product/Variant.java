package io.catalog.domain.product;

import io.catalog.domain.money.PriceData;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A purchasable combination of choices with its effective values, as computed by {@link Product}; a read model.
 *
 * @param choices option name to choice display name, in option order, e.g. {@code {"Size":"S","Color":"Green"}}
 */
public record Variant(
        VariantId id,
        Map<String, String> choices,
        PriceData priceData,
        Weight weight,
        Sku sku,
        boolean visible,
        Stock stock) {

    public Variant {
        Objects.requireNonNull(id, "id");
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(choices, "choices")));
        Objects.requireNonNull(priceData, "priceData");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(stock, "stock");
    }
}
