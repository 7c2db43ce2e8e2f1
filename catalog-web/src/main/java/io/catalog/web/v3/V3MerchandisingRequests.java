package io.catalog.web.v3;

import io.catalog.domain.product.Handle;
import io.catalog.domain.product.JsonText;
import io.catalog.domain.product.MerchandisingChange;
import io.catalog.domain.product.MerchandisingChange.LabelRef;
import io.catalog.domain.product.MerchandisingChange.Replace;
import io.catalog.domain.product.ProductTags;
import io.catalog.domain.product.SeoData;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the merchandising fields of a Catalog V3 product write ({@code handle}, {@code brand}, {@code ribbon},
 * {@code additionalRibbons}, {@code visibleInPos}, {@code taxGroupId}, {@code seoData}, {@code extendedFields},
 * {@code tags}) for {@link V3ProductRequests}: {@link #read} checks their shape, naming the request's paths;
 * {@link Sent#change()} builds the domain's {@link MerchandisingChange}, whose values check their own rules (called
 * where the errors are addressed inside {@code product}). Extended fields and an SEO tag's {@code meta} are kept as the
 * JSON sent: their compact text goes to the domain ({@link JsonText}), which bounds it.
 */
final class V3MerchandisingRequests {

    /** The merchandising fields of the V3 product. */
    static final Set<String> FIELDS = Set.of(
            "handle",
            "brand",
            "ribbon",
            "additionalRibbons",
            "visibleInPos",
            "taxGroupId",
            "seoData",
            "extendedFields",
            "tags");

    private V3MerchandisingRequests() {}

    /** {@code fields} and the merchandising fields. */
    static Set<String> plusFields(String... fields) {
        return Set.copyOf(Stream.concat(Stream.of(fields), FIELDS.stream()).toList());
    }

    /**
     * The merchandising fields as read; each {@code null} when not sent, a {@code Replace} of {@code null} when a
     * field mask names it without a value (remove it).
     */
    record Sent(
            String handle,
            Replace<LabelRef> brand,
            Replace<LabelRef> ribbon,
            List<LabelRef> additionalRibbons,
            Boolean visibleInPos,
            Replace<String> taxGroupId,
            Replace<SeoParts> seoData,
            Replace<String> extendedFields,
            Tags tags) {

        static final Sent NONE = new Sent(null, null, null, null, null, null, null, null, null);

        /** The domain's change; its values check their rules here. */
        MerchandisingChange change() {
            return new MerchandisingChange(
                    handle == null ? null : new Handle(handle),
                    brand,
                    ribbon,
                    additionalRibbons,
                    visibleInPos,
                    taxGroupId,
                    seoData == null
                            ? null
                            : new Replace<>(
                                    seoData.value() == null
                                            ? null
                                            : new SeoData(
                                                    seoData.value().tags(),
                                                    seoData.value().settings())),
                    extendedFields == null
                            ? null
                            : new Replace<>(
                                    extendedFields.value() == null ? null : new JsonText(extendedFields.value())),
                    tags == null ? null : new ProductTags(tags.privateTagIds(), tags.publicTagIds()));
        }
    }

    /** SEO data as read, before its bounds are checked. */
    record SeoParts(List<SeoData.Tag> tags, SeoData.Settings settings) {}

    /** Tag ids as read, before they are checked. */
    record Tags(List<String> privateTagIds, List<String> publicTagIds) {}

    /** The merchandising fields of a {@code product} object. */
    static Sent read(JsonInput p) {
        return new Sent(
                p.string("handle"),
                replace(label(p.object("brand"))),
                replace(label(p.object("ribbon"))),
                p.objects("additionalRibbons", V3MerchandisingRequests::label),
                p.bool("visibleInPos"),
                replace(p.string("taxGroupId")),
                replace(seoData(p.object("seoData"))),
                replace(extendedFields(p.object("extendedFields"))),
                tags(p.object("tags")));
    }

    /**
     * Only the fields among {@code masked}; a masked field not sent is removed ({@code brand}, {@code ribbon},
     * {@code additionalRibbons}, {@code taxGroupId}, {@code seoData}, {@code extendedFields}, {@code tags}) or is
     * required ({@code handle}, {@code visibleInPos}).
     */
    static Sent masked(Sent s, Set<String> masked, JsonInput product) {
        for (String field : List.of("handle", "visibleInPos")) {
            if (masked.contains(field) && !product.has(field)) {
                throw new ValidationException(
                        product.path(field), ErrorCodes.REQUIRED, "is in fieldMask.paths, so it is required");
            }
        }
        return new Sent(
                masked.contains("handle") ? s.handle() : null,
                cleared(masked, "brand", s.brand()),
                cleared(masked, "ribbon", s.ribbon()),
                masked.contains("additionalRibbons")
                        ? (s.additionalRibbons() == null ? List.of() : s.additionalRibbons())
                        : null,
                masked.contains("visibleInPos") ? s.visibleInPos() : null,
                cleared(masked, "taxGroupId", s.taxGroupId()),
                cleared(masked, "seoData", s.seoData()),
                cleared(masked, "extendedFields", s.extendedFields()),
                masked.contains("tags") ? (s.tags() == null ? new Tags(List.of(), List.of()) : s.tags()) : null);
    }

    private static <T> Replace<T> cleared(Set<String> masked, String field, Replace<T> sent) {
        if (!masked.contains(field)) {
            return null;
        }
        return sent == null ? new Replace<>(null) : sent;
    }

    private static <T> Replace<T> replace(T value) {
        return value == null ? null : new Replace<>(value);
    }

    private static LabelRef label(JsonInput label) {
        if (label == null) {
            return null;
        }
        V3Fields.refuseOthers(label, Set.of("name", "id"), Set.of());
        return new LabelRef(label.string("name"), label.string("id"));
    }

    private static SeoParts seoData(JsonInput seo) {
        if (seo == null) {
            return null;
        }
        V3Fields.refuseOthers(seo, Set.of("tags", "settings"), Set.of());
        List<SeoData.Tag> tags = seo.objects("tags", tag -> {
            V3Fields.refuseOthers(tag, Set.of("type", "props", "meta", "children", "custom", "disabled"), Set.of());
            JsonObject meta = tag.rawObject("meta");
            return new SeoData.Tag(
                    tag.string("type"),
                    tag.stringMap("props"),
                    meta == null ? null : new JsonText(meta.toString()),
                    tag.string("children"),
                    Boolean.TRUE.equals(tag.bool("custom")),
                    Boolean.TRUE.equals(tag.bool("disabled")));
        });
        JsonInput settings = seo.object("settings");
        SeoData.Settings read = SeoData.Settings.DEFAULT;
        if (settings != null) {
            V3Fields.refuseOthers(settings, Set.of("preventAutoRedirect", "keywords"), Set.of());
            List<SeoData.Keyword> keywords = settings.objects("keywords", keyword -> {
                V3Fields.refuseOthers(keyword, Set.of("term", "isMain", "origin"), Set.of());
                return new SeoData.Keyword(
                        keyword.string("term"), Boolean.TRUE.equals(keyword.bool("isMain")), keyword.string("origin"));
            });
            read = new SeoData.Settings(Boolean.TRUE.equals(settings.bool("preventAutoRedirect")), keywords);
        }
        return new SeoParts(tags, read);
    }

    /** The namespaces object, compact: each namespace's data must be an object. */
    private static String extendedFields(JsonInput fields) {
        if (fields == null) {
            return null;
        }
        V3Fields.refuseOthers(fields, Set.of("namespaces"), Set.of());
        JsonObject namespaces = fields.rawObject("namespaces");
        if (namespaces == null) {
            return null;
        }
        for (var entry : namespaces.entrySet()) {
            if (entry.getKey().isBlank()) {
                throw new ValidationException(
                        fields.path("namespaces"), ErrorCodes.REQUIRED, "must not hold an empty namespace name");
            }
            if (entry.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ValidationException(
                        fields.path("namespaces") + "." + entry.getKey(),
                        JsonInput.INVALID_TYPE,
                        "must be an object: a namespace's fields");
            }
        }
        return namespaces.toString();
    }

    private static Tags tags(JsonInput tags) {
        if (tags == null) {
            return null;
        }
        V3Fields.refuseOthers(tags, Set.of("privateTags", "publicTags"), Set.of());
        return new Tags(tagIds(tags.object("privateTags")), tagIds(tags.object("publicTags")));
    }

    private static List<String> tagIds(JsonInput list) {
        if (list == null) {
            return List.of();
        }
        V3Fields.refuseOthers(list, Set.of("tagIds"), Set.of());
        List<String> ids = list.strings("tagIds");
        return ids == null ? List.of() : ids;
    }
}
