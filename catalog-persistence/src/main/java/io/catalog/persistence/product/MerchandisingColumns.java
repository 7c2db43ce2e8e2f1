package io.catalog.persistence.product;

import io.catalog.domain.product.Handle;
import io.catalog.domain.product.JsonText;
import io.catalog.domain.product.Label;
import io.catalog.domain.product.Merchandising;
import io.catalog.domain.product.ProductTags;
import io.catalog.domain.product.SeoData;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A product's {@link Merchandising} in its columns of the product row, and back; pure data copying. Brand and ribbons
 * are kept by name (additional ribbons one a line: names hold no control characters); tag ids comma-separated; SEO
 * data as JSON text (JSON-P), its tags' {@code meta} and the extended fields as the JSON text the domain holds.
 */
final class MerchandisingColumns {

    private MerchandisingColumns() {}

    static void write(Merchandising m, ProductEntity p) {
        p.brandName = m.brand() == null ? null : m.brand().name();
        p.ribbonName = m.ribbon() == null ? null : m.ribbon().name();
        p.additionalRibbons = m.additionalRibbons().isEmpty()
                ? null
                : String.join(
                        "\n", m.additionalRibbons().stream().map(Label::name).toList());
        p.visibleInPos = m.visibleInPos();
        p.taxGroupId = m.taxGroupId();
        p.seoData = m.seoData() == null ? null : seoJson(m.seoData());
        p.extendedFields =
                m.extendedFields() == null ? null : m.extendedFields().value();
        p.privateTagIds = joined(m.tags().privateTagIds());
        p.publicTagIds = joined(m.tags().publicTagIds());
    }

    static Merchandising read(ProductEntity p) {
        return new Merchandising(
                new Handle(p.handle),
                p.brandName == null ? null : new Label(p.brandName),
                p.ribbonName == null ? null : new Label(p.ribbonName),
                p.additionalRibbons == null
                        ? List.of()
                        : Arrays.stream(p.additionalRibbons.split("\n"))
                                .map(Label::new)
                                .toList(),
                p.visibleInPos,
                p.taxGroupId,
                p.seoData == null ? null : seoData(p.seoData),
                p.extendedFields == null ? null : new JsonText(p.extendedFields),
                new ProductTags(split(p.privateTagIds), split(p.publicTagIds)));
    }

    private static String joined(List<String> ids) {
        return ids.isEmpty() ? null : String.join(",", ids);
    }

    private static List<String> split(String ids) {
        return ids == null || ids.isEmpty() ? List.of() : List.of(ids.split(","));
    }

    static String seoJson(SeoData seo) {
        JsonArrayBuilder tags = Json.createArrayBuilder();
        for (SeoData.Tag tag : seo.tags()) {
            JsonObjectBuilder props = Json.createObjectBuilder();
            tag.props().forEach(props::add);
            JsonObjectBuilder t = Json.createObjectBuilder()
                    .add("type", tag.type())
                    .add("props", props)
                    .add("custom", tag.custom())
                    .add("disabled", tag.disabled());
            if (tag.meta() != null) {
                t.add("meta", object(tag.meta().value()));
            }
            if (tag.children() != null) {
                t.add("children", tag.children());
            }
            tags.add(t);
        }
        JsonArrayBuilder keywords = Json.createArrayBuilder();
        for (SeoData.Keyword keyword : seo.settings().keywords()) {
            JsonObjectBuilder k =
                    Json.createObjectBuilder().add("term", keyword.term()).add("isMain", keyword.isMain());
            if (keyword.origin() != null) {
                k.add("origin", keyword.origin());
            }
            keywords.add(k);
        }
        return Json.createObjectBuilder()
                .add("tags", tags)
                .add(
                        "settings",
                        Json.createObjectBuilder()
                                .add("preventAutoRedirect", seo.settings().preventAutoRedirect())
                                .add("keywords", keywords))
                .build()
                .toString();
    }

    static SeoData seoData(String json) {
        JsonObject seo = object(json);
        List<SeoData.Tag> tags = seo.getJsonArray("tags").getValuesAs(JsonObject.class).stream()
                .map(t -> {
                    Map<String, String> props = new LinkedHashMap<>();
                    t.getJsonObject("props")
                            .forEach((key, value) -> props.put(key, ((jakarta.json.JsonString) value).getString()));
                    return new SeoData.Tag(
                            t.getString("type"),
                            props,
                            t.containsKey("meta") ? new JsonText(t.get("meta").toString()) : null,
                            t.getString("children", null),
                            t.getBoolean("custom"),
                            t.getBoolean("disabled"));
                })
                .toList();
        JsonObject settings = seo.getJsonObject("settings");
        JsonArray keywords = settings.getJsonArray("keywords");
        return new SeoData(
                tags,
                new SeoData.Settings(
                        settings.getBoolean("preventAutoRedirect"),
                        keywords.getValuesAs(JsonObject.class).stream()
                                .map(k -> new SeoData.Keyword(
                                        k.getString("term"), k.getBoolean("isMain"), k.getString("origin", null)))
                                .toList()));
    }

    private static JsonObject object(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            return value.asJsonObject();
        }
    }
}
