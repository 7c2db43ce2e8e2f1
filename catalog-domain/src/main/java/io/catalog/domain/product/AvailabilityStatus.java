package io.catalog.domain.product;

import java.util.List;

/**
 * Whether a product can be bought, over its variants (Catalog V3's {@code inventory.availabilityStatus}): in stock
 * when every visible variant is, out of stock when none is (or none is visible), partially out of stock otherwise.
 * Hidden variants cannot be bought and do not count.
 */
public enum AvailabilityStatus {
    IN_STOCK,
    OUT_OF_STOCK,
    PARTIALLY_OUT_OF_STOCK;

    /** The status of a product with these variants. */
    public static AvailabilityStatus of(List<Variant> variants) {
        List<Variant> visible = variants.stream().filter(Variant::visible).toList();
        long inStock = visible.stream().filter(v -> v.stock().inStock()).count();
        if (inStock == 0) {
            return OUT_OF_STOCK;
        }
        return inStock == visible.size() ? IN_STOCK : PARTIALLY_OUT_OF_STOCK;
    }
}
