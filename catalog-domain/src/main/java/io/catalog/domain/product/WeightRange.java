package io.catalog.domain.product;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The lowest and the highest shipping weight of a product's visible variants, each its own or the product's that it
 * inherits (Catalog V3's {@code physicalProperties.shippingWeightRange}). A read model.
 */
public record WeightRange(Weight min, Weight max) {

    public WeightRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
    }

    /** The range over the visible variants; empty when no variant is visible. */
    public static Optional<WeightRange> ofVisible(List<Variant> variants) {
        Comparator<Weight> byValue = Comparator.comparing(Weight::value);
        List<Weight> weights =
                variants.stream().filter(Variant::visible).map(Variant::weight).toList();
        if (weights.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WeightRange(
                weights.stream().min(byValue).orElseThrow(),
                weights.stream().max(byValue).orElseThrow()));
    }
}
