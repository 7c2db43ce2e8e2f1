package io.catalog.web.v3;

import io.catalog.domain.product.Label;
import io.catalog.domain.product.Merchandising;
import io.catalog.domain.product.SeoData;
import io.catalog.domain.store.StoreId;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The merchandising parts of a {@link V3ProductDto}: brand and ribbons with the ids derived from the store and their
 * names ({@link Label#id}), SEO data, extended fields (the JSON kept, as sent) and tags.
 */
final class V3MerchandisingDto {

    private V3MerchandisingDto() {}

    /** A brand or ribbon: its name, and its id derived from the store and the name. */
    @Schema(name = "V3Label", description = "A brand or a ribbon")
    @JsonbPropertyOrder({"id", "name"})
    public record LabelDto(
            @Schema(description = "Derived from the store and the normalised name: the same for the same name")
            String id,

            @Schema(example = "Sale") String name) {}

    /** SEO data. */
    @Schema(name = "V3SeoSchema")
    @JsonbPropertyOrder({"tags", "settings"})
    public record SeoDataDto(List<SeoTag> tags, SeoSettings settings) {}

    /** An SEO tag. */
    @Schema(name = "V3SeoTag")
    @JsonbPropertyOrder({"type", "props", "meta", "children", "custom", "disabled"})
    public record SeoTag(
            @Schema(enumeration = {"title", "meta", "script", "link"})
            String type,

            Map<String, String> props,

            @Schema(type = SchemaType.OBJECT, description = "The tag's metadata, as sent")
            JsonObject meta,

            String children,
            Boolean custom,
            Boolean disabled) {}

    /** SEO settings. */
    @Schema(name = "V3SeoSettings")
    @JsonbPropertyOrder({"preventAutoRedirect", "keywords"})
    public record SeoSettings(Boolean preventAutoRedirect, List<Keyword> keywords) {}

    /** An SEO keyword. */
    @Schema(name = "V3SeoKeyword")
    @JsonbPropertyOrder({"term", "isMain", "origin"})
    public record Keyword(String term, Boolean isMain, String origin) {}

    /** Extended fields. */
    @Schema(name = "V3ExtendedFields")
    public record ExtendedFields(
            @Schema(type = SchemaType.OBJECT, description = "Each app's namespace and its data, as sent")
            JsonObject namespaces) {}

    /** The product's tags. */
    @Schema(name = "V3Tags")
    @JsonbPropertyOrder({"privateTags", "publicTags"})
    public record Tags(
            @Schema(description = "Left out for callers that may only read")
            TagList privateTags,

            TagList publicTags) {}

    /** A list of tag ids. */
    @Schema(name = "V3TagList")
    public record TagList(List<String> tagIds) {}

    static LabelDto brand(Merchandising m, StoreId store) {
        return label(m.brand(), Label.Kind.BRAND, store);
    }

    static LabelDto ribbon(Merchandising m, StoreId store) {
        return label(m.ribbon(), Label.Kind.RIBBON, store);
    }

    static List<LabelDto> additionalRibbons(Merchandising m, StoreId store) {
        return m.additionalRibbons().stream()
                .map(r -> label(r, Label.Kind.RIBBON, store))
                .toList();
    }

    private static LabelDto label(Label label, Label.Kind kind, StoreId store) {
        return label == null ? null : new LabelDto(label.id(kind, store), label.name());
    }

    static SeoDataDto seoData(Merchandising m) {
        SeoData seo = m.seoData();
        if (seo == null) {
            return null;
        }
        return new SeoDataDto(
                seo.tags().stream()
                        .map(t -> new SeoTag(
                                t.type(),
                                t.props(),
                                t.meta() == null ? null : object(t.meta().value()),
                                t.children(),
                                t.custom(),
                                t.disabled()))
                        .toList(),
                new SeoSettings(
                        seo.settings().preventAutoRedirect(),
                        seo.settings().keywords().stream()
                                .map(k -> new Keyword(k.term(), k.isMain(), k.origin()))
                                .toList()));
    }

    static ExtendedFields extendedFields(Merchandising m) {
        return m.extendedFields() == null
                ? null
                : new ExtendedFields(object(m.extendedFields().value()));
    }

    /** The tags; private tags only for callers that may modify products. */
    static Tags tags(Merchandising m, boolean visibleOnly) {
        return new Tags(
                visibleOnly ? null : new TagList(m.tags().privateTagIds()),
                new TagList(m.tags().publicTagIds()));
    }

    private static JsonObject object(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
