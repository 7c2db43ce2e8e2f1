package io.catalog.domain.product;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One variant as a dialect that writes whole variant lists (Catalog V3) sends it: the combination it is, by option
 * name and choice value or description (ignoring case; empty for a product without options), and its values, each
 * {@code null} when not sent. The values are checked when written ({@link VariantWrites}), on
 * {@code variants[i].price}, {@code .compareAtPrice}, {@code .sku}, {@code .weight}, {@code .cost},
 * {@code .barcode}.
 *
 * @param price          what a buyer pays (V3's {@code actualPrice})
 * @param compareAtPrice the price before discount, at least {@code price}; only with {@code price}
 * @param cost           what the variant costs the merchant
 * @param cleared        the values to remove, among {@link #CLEARABLE} (none of them also sent): no SKU, no barcode,
 *                       no cost, no compare-at price (what a buyer pays becomes the price, undiscounted)
 */
public record VariantWrite(
        Map<String, String> choices,
        BigDecimal price,
        String sku,
        BigDecimal weight,
        Boolean visible,
        BigDecimal compareAtPrice,
        BigDecimal cost,
        String barcode,
        Set<String> cleared) {

    public static final String SKU = "sku";
    public static final String BARCODE = "barcode";
    public static final String COST = "cost";
    public static final String COMPARE_AT_PRICE = "compareAtPrice";
    /** The values a write can remove. */
    public static final Set<String> CLEARABLE = Set.of(SKU, BARCODE, COST, COMPARE_AT_PRICE);

    public VariantWrite {
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(choices, "choices")));
        cleared = cleared == null ? Set.of() : Set.copyOf(cleared);
        if (!CLEARABLE.containsAll(cleared)) {
            throw new IllegalArgumentException("cannot clear " + cleared);
        }
    }

    /** Removing nothing. */
    public VariantWrite(
            Map<String, String> choices,
            BigDecimal price,
            String sku,
            BigDecimal weight,
            Boolean visible,
            BigDecimal compareAtPrice,
            BigDecimal cost,
            String barcode) {
        this(choices, price, sku, weight, visible, compareAtPrice, cost, barcode, Set.of());
    }

    /** This write, removing {@code values} as well (those it does not send). */
    public VariantWrite clearing(Set<String> values) {
        Set<String> all = new java.util.HashSet<>(cleared);
        for (String value : values) {
            boolean sent = switch (value) {
                case SKU -> sku != null;
                case BARCODE -> barcode != null;
                case COST -> cost != null;
                case COMPARE_AT_PRICE -> compareAtPrice != null;
                default -> throw new IllegalArgumentException("cannot clear " + value);
            };
            if (!sent) {
                all.add(value);
            }
        }
        return new VariantWrite(choices, price, sku, weight, visible, compareAtPrice, cost, barcode, all);
    }

    /** Without compare-at price, cost or barcode. */
    public VariantWrite(Map<String, String> choices, BigDecimal price, String sku, BigDecimal weight, Boolean visible) {
        this(choices, price, sku, weight, visible, null, null, null);
    }
}
