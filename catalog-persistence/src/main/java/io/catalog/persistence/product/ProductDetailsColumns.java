package io.catalog.persistence.product;

import io.catalog.domain.product.Description;
import io.catalog.domain.product.DigitalFile;
import io.catalog.domain.product.InfoSection;
import io.catalog.domain.product.ProductDetails;
import io.catalog.domain.product.VariantDetail;
import io.catalog.domain.product.VariantId;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A product's {@link ProductDetails} in two JSON text columns of the product row, and back; pure data copying. The
 * info sections are an array of {@code {uniqueName, title, description}} (the sanitised HTML as stored); the variants'
 * details an object by variant id of {@code {mediaId?, digitalFile?, preorderEnabled}}. Each column is {@code NULL}
 * when empty.
 */
final class ProductDetailsColumns {

    private ProductDetailsColumns() {}

    static void write(ProductDetails d, ProductEntity p) {
        if (d.infoSections().isEmpty()) {
            p.infoSections = null;
        } else {
            JsonArrayBuilder sections = Json.createArrayBuilder();
            for (InfoSection s : d.infoSections()) {
                sections.add(Json.createObjectBuilder()
                        .add("uniqueName", s.uniqueName())
                        .add("title", s.title())
                        .add("description", s.description().value()));
            }
            p.infoSections = sections.build().toString();
        }
        if (d.variants().isEmpty()) {
            p.variantDetails = null;
        } else {
            JsonObjectBuilder variants = Json.createObjectBuilder();
            d.variants().forEach((id, detail) -> {
                JsonObjectBuilder v = Json.createObjectBuilder().add("preorderEnabled", detail.preorderEnabled());
                if (detail.mediaId() != null) {
                    v.add("mediaId", detail.mediaId());
                }
                DigitalFile f = detail.digitalFile();
                if (f != null) {
                    JsonObjectBuilder file = Json.createObjectBuilder()
                            .add("id", f.id())
                            .add("fileName", f.fileName())
                            .add("fileType", f.fileType().name());
                    if (f.fileSize() != null) {
                        file.add("fileSize", f.fileSize());
                    }
                    v.add("digitalFile", file);
                }
                variants.add(id.value(), v);
            });
            p.variantDetails = variants.build().toString();
        }
    }

    static ProductDetails read(ProductEntity p) {
        List<InfoSection> sections = new ArrayList<>();
        if (p.infoSections != null) {
            for (JsonValue value : parse(p.infoSections).asJsonArray()) {
                JsonObject s = value.asJsonObject();
                sections.add(new InfoSection(
                        s.getString("uniqueName"),
                        s.getString("title"),
                        Description.stored(s.getString("description"))));
            }
        }
        Map<VariantId, VariantDetail> variants = new LinkedHashMap<>();
        if (p.variantDetails != null) {
            parse(p.variantDetails).asJsonObject().forEach((id, value) -> {
                JsonObject v = value.asJsonObject();
                JsonObject f = v.containsKey("digitalFile") ? v.getJsonObject("digitalFile") : null;
                DigitalFile file = f == null
                        ? null
                        : new DigitalFile(
                                f.getString("id"),
                                f.getString("fileName"),
                                DigitalFile.FileType.valueOf(f.getString("fileType")),
                                f.containsKey("fileSize") ? ((JsonNumber) f.get("fileSize")).longValueExact() : null);
                variants.put(
                        VariantId.parse(id),
                        new VariantDetail(v.getString("mediaId", null), file, v.getBoolean("preorderEnabled")));
            });
        }
        return sections.isEmpty() && variants.isEmpty() ? ProductDetails.NONE : new ProductDetails(sections, variants);
    }

    private static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
