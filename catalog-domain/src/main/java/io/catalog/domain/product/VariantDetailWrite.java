package io.catalog.domain.product;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A variant's {@link VariantDetail} as a Catalog V3 write sends it, beside its {@link VariantWrite}: the combination
 * it is (as {@link VariantWrite#choices()}), and each value {@code null} when not sent (left as it is).
 *
 * @param media           the variant's media: one of the product's items, by id or URL; {@link MediaRef#NONE}
 *                        removes it
 * @param digitalFile     the variant's file
 * @param removeFile      whether the variant's file goes (sent without a file)
 * @param preorderEnabled whether it may be preordered
 */
public record VariantDetailWrite(
        Map<String, String> choices,
        MediaRef media,
        DigitalFile digitalFile,
        boolean removeFile,
        Boolean preorderEnabled) {

    public VariantDetailWrite {
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(choices, "choices")));
    }

    /** Whether anything is sent. */
    public boolean sent() {
        return media != null || digitalFile != null || removeFile || preorderEnabled != null;
    }

    /** One of the product's media items, by its id or its URL; both {@code null}: none. */
    public record MediaRef(String id, String url) {

        public static final MediaRef NONE = new MediaRef(null, null);
    }
}
