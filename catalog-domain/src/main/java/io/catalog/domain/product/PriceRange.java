package io.catalog.domain.product;

import io.catalog.domain.money.Money;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The lowest and the highest of a price of a product's visible variants: the price a buyer pays, each at its price
 * after the discount (Catalog V3's {@code actualPriceRange}); the compare-at price ({@code compareAtPriceRange}); the
 * cost ({@code costRange}). A read model, computed from the variants.
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

    /**
     * The range of the compare-at prices of the visible variants, each its price before discount ({@link
     * #compareAtPrice}, else what it sells at); empty when no visible variant is discounted.
     */
    public static Optional<PriceRange> ofCompareAtPrices(List<Variant> variants) {
        List<Variant> visible = variants.stream().filter(Variant::visible).toList();
        if (visible.stream().allMatch(v -> compareAtPrice(v).isEmpty())) {
            return Optional.empty();
        }
        return rangeOf(visible.stream()
                .map(v -> new Money(v.priceData().price(), v.priceData().currency()))
                .toList());
    }

    /** The range of the costs of the visible variants that have one; empty when none has. */
    public static Optional<PriceRange> ofCosts(List<Variant> variants) {
        return rangeOf(variants.stream()
                .filter(Variant::visible)
                .map(Variant::cost)
                .filter(Objects::nonNull)
                .toList());
    }

    /** The variant's price before its discount, when it is discounted (above what a buyer pays). */
    public static Optional<Money> compareAtPrice(Variant variant) {
        Money before =
                new Money(variant.priceData().price(), variant.priceData().currency());
        return before.compareTo(actualPrice(variant)) > 0 ? Optional.of(before) : Optional.empty();
    }

    private static Optional<PriceRange> rangeOf(List<Money> amounts) {
        if (amounts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PriceRange(
                amounts.stream().min(Comparator.naturalOrder()).orElseThrow(),
                amounts.stream().max(Comparator.naturalOrder()).orElseThrow()));
    }

    /** What a buyer pays for the variant: its price after the discount. */
    public static Money actualPrice(Variant variant) {
        return new Money(
                variant.priceData().discountedPrice(), variant.priceData().currency());
    }
}
