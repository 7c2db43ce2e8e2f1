package io.catalog.domain.product;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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
 */
public record VariantWrite(
        Map<String, String> choices,
        BigDecimal price,
        String sku,
        BigDecimal weight,
        Boolean visible,
        BigDecimal compareAtPrice,
        BigDecimal cost,
        String barcode) {

    public VariantWrite {
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(choices, "choices")));
    }

    /** Without compare-at price, cost or barcode. */
    public VariantWrite(Map<String, String> choices, BigDecimal price, String sku, BigDecimal weight, Boolean visible) {
        this(choices, price, sku, weight, visible, null, null, null);
    }
}
