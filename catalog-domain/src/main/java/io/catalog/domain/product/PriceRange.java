package io.catalog.domain.product;

import io.catalog.domain.money.Money;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The lowest and the highest price a buyer pays for a product: over its visible variants, each at its price after the
 * product's discount (Catalog V3's {@code actualPriceRange}). A read model, computed from the variants.
 */
public record PriceRange(Money min, Money max) {

    public PriceRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
    }

    /** The range of the actual prices of the visible variants; empty when no variant is visible. */
    public static Optional<PriceRange> ofActualPrices(List<Variant> variants) {
        List<Money> prices = variants.stream()
                .filter(Variant::visible)
                .map(PriceRange::actualPrice)
                .toList();
        if (prices.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PriceRange(
                prices.stream().min(Comparator.naturalOrder()).orElseThrow(),
                prices.stream().max(Comparator.naturalOrder()).orElseThrow()));
    }

    /** What a buyer pays for the variant: its price after the discount. */
    public static Money actualPrice(Variant variant) {
        return new Money(
                variant.priceData().discountedPrice(), variant.priceData().currency());
    }
}
