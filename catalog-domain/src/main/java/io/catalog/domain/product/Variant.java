package io.catalog.domain.product;

import io.catalog.domain.money.Money;
import io.catalog.domain.money.PriceData;
import io.catalog.domain.money.RevenueDetails;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A purchasable combination of choices with its effective values, as computed by {@link Product}; a read model.
 *
 * @param choices option name to choice display name, in option order, e.g. {@code {"Size":"S","Color":"Green"}}
 * @param cost    what it costs the merchant, {@code null} when not known
 * @param barcode {@code null} when it has none
 */
public record Variant(
        VariantId id,
        Map<String, String> choices,
        PriceData priceData,
        Weight weight,
        Sku sku,
        boolean visible,
        Stock stock,
        Money cost,
        Barcode barcode) {

    public Variant {
        Objects.requireNonNull(id, "id");
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(choices, "choices")));
        Objects.requireNonNull(priceData, "priceData");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(stock, "stock");
    }

    /** What selling it earns over its cost, when its cost is known. */
    public Optional<RevenueDetails> revenueDetails() {
        return cost == null ? Optional.empty() : Optional.of(RevenueDetails.of(PriceRange.actualPrice(this), cost));
    }

    /** Without cost or barcode. */
    public Variant(
            VariantId id,
            Map<String, String> choices,
            PriceData priceData,
            Weight weight,
            Sku sku,
            boolean visible,
            Stock stock) {
        this(id, choices, priceData, weight, sku, visible, stock, null, null);
    }
}
