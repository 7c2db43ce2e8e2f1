package io.catalog.domain.product;

import java.util.List;

/**
 * The changes a Catalog V3 write asks of what a product shows and sells beside its own fields, each {@code null} when
 * not sent: its whole media list ({@link MediaWrite}, replacing the gallery), its whole list of info sections
 * ({@link InfoSectionWrite}), and its variants' details ({@link VariantDetailWrite}). v1 sends only the info sections
 * (its {@code additionalInfoSections}).
 */
public record ProductDetailsChange(
        List<MediaWrite> media, List<InfoSectionWrite> infoSections, List<VariantDetailWrite> variants) {

    /** A change of nothing. */
    public static final ProductDetailsChange NONE = new ProductDetailsChange(null, null, null);

    public ProductDetailsChange {
        media = media == null ? null : List.copyOf(media);
        infoSections = infoSections == null ? null : List.copyOf(infoSections);
        variants = variants == null ? null : List.copyOf(variants);
    }

    /** Whether nothing is asked. */
    public boolean isEmpty() {
        return media == null
                && infoSections == null
                && (variants == null || variants.stream().noneMatch(VariantDetailWrite::sent));
    }
}
