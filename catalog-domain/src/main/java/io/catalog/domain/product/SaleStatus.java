package io.catalog.domain.product;

import java.util.List;

/**
 * Whether a product can be bought or preordered, derived from its visible variants (Catalog V3's
 * {@code inventory.preorderStatus}, {@code inventory.preorderAvailability} and {@code purchaseEligibility}):
 * <ul>
 *   <li>{@code preorderStatus}: {@code ENABLED} when every visible variant may be preordered, {@code DISABLED} when
 *       none may (or none is visible), {@code PARTIALLY_ENABLED} otherwise;</li>
 *   <li>{@code preorderAvailability}: whether the visible variants can be preordered now, that is may be preordered
 *       and are out of stock (a variant in stock is bought, not preordered): {@code ALL_VARIANTS},
 *       {@code SOME_VARIANTS}, {@code NO_VARIANTS};</li>
 *   <li>a variant is purchasable when it is visible and in stock, or out of stock and may be preordered;
 *       {@code eligibleForPurchase}: the product is visible and some variant is purchasable;
 *       {@code eligibleForPreorder}: the product is visible and some variant can be preordered now.</li>
 * </ul>
 */
public record SaleStatus(
        PreorderStatus preorderStatus,
        PreorderAvailability preorderAvailability,
        boolean eligibleForPurchase,
        boolean eligibleForPreorder) {

    /** Whether a product's visible variants may be preordered. */
    public enum PreorderStatus {
        ENABLED,
        DISABLED,
        PARTIALLY_ENABLED
    }

    /** Whether a product's visible variants can be preordered now. */
    public enum PreorderAvailability {
        ALL_VARIANTS,
        SOME_VARIANTS,
        NO_VARIANTS
    }

    /** The status of a product, visible or not, whose variants are {@code variants}. */
    static SaleStatus of(List<Variant> variants, ProductDetails details, boolean productVisible) {
        List<Variant> visible = variants.stream().filter(Variant::visible).toList();
        long enabled =
                visible.stream().filter(v -> details.preorderEnabled(v.id())).count();
        long preorderable = visible.stream()
                .filter(v -> details.preorderEnabled(v.id()) && !v.stock().inStock())
                .count();
        boolean purchasable = visible.stream().anyMatch(v -> purchasable(v, details.preorderEnabled(v.id())));
        PreorderStatus status = enabled == 0
                ? PreorderStatus.DISABLED
                : enabled == visible.size() ? PreorderStatus.ENABLED : PreorderStatus.PARTIALLY_ENABLED;
        PreorderAvailability availability = preorderable == 0
                ? PreorderAvailability.NO_VARIANTS
                : preorderable == visible.size()
                        ? PreorderAvailability.ALL_VARIANTS
                        : PreorderAvailability.SOME_VARIANTS;
        return new SaleStatus(status, availability, productVisible && purchasable, productVisible && preorderable > 0);
    }

    /** Whether {@code variant} can be bought: visible, and in stock or, out of stock, with preorder enabled. */
    public static boolean purchasable(Variant variant, boolean preorderEnabled) {
        return variant.visible() && (variant.stock().inStock() || preorderEnabled);
    }
}
