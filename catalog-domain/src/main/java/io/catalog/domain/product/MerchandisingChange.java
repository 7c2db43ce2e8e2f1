package io.catalog.domain.product;

import java.util.List;

/**
 * The changes asked of a product's {@link Merchandising}, or on creation what it starts with: each {@code null}
 * component is "not sent, leave unchanged"; a {@link Replace} of {@code null} removes the value.
 *
 * @param handle            on creation the handle asked for; on an update it must be the product's handle
 * @param additionalRibbons all additional ribbons, replacing the current ones; empty removes them
 * @param tags              the tags, replacing the current ones
 */
public record MerchandisingChange(
        Handle handle,
        Replace<LabelRef> brand,
        Replace<LabelRef> ribbon,
        List<LabelRef> additionalRibbons,
        Boolean visibleInPos,
        Replace<String> taxGroupId,
        Replace<SeoData> seoData,
        Replace<JsonText> extendedFields,
        ProductTags tags) {

    /** A change of nothing. */
    public static final MerchandisingChange NONE =
            new MerchandisingChange(null, null, null, null, null, null, null, null, null);

    public MerchandisingChange {
        additionalRibbons = additionalRibbons == null ? null : List.copyOf(additionalRibbons);
    }

    /** A brand or ribbon as sent: its name, and the id sent with it ({@code null} when none). */
    public record LabelRef(String name, String id) {}

    /** A new value, or {@code null}: remove the value. */
    public record Replace<T>(T value) {}
}
