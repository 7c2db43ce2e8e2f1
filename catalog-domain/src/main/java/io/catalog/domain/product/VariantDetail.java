package io.catalog.domain.product;

/**
 * What a product keeps of one variant beside its price, SKU, weight and stock, whether its variants are managed or
 * not (Catalog V3's per-variant values): its own media, its digital file and whether it may be preordered.
 *
 * @param mediaId         the id of one of the product's media items, {@code null} when the variant has no media of
 *                        its own (it then shows the media of its choices)
 * @param digitalFile     {@code null} when none; digital products only
 * @param preorderEnabled whether buyers may order it while it is out of stock
 */
public record VariantDetail(String mediaId, DigitalFile digitalFile, boolean preorderEnabled) {

    public static final VariantDetail NONE = new VariantDetail(null, null, false);

    public VariantDetail {
        mediaId = mediaId == null ? null : MediaItem.requireMediaId("media.id", mediaId);
    }

    /** Whether nothing is kept: the variant need not be stored. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
