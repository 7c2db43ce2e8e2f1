package io.catalog.web.v3;

import io.catalog.domain.product.DigitalFile;
import io.catalog.domain.product.InfoSectionWrite;
import io.catalog.domain.product.MediaType;
import io.catalog.domain.product.MediaWrite;
import io.catalog.domain.product.ProductDetailsChange;
import io.catalog.domain.product.VariantDetailWrite;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a Catalog V3 write sends of a product's details ({@link ProductDetailsChange}): {@code media} (the whole
 * list of {@code itemsInfo.items}; {@code main}, the first item, is ignored), {@code infoSections} (the whole list)
 * and, in each of {@code variantsInfo.variants}, its {@code media}, {@code digitalProperties} and
 * {@code inventoryStatus.preorderEnabled}. Shapes are checked here, naming the request's paths; the rules are the
 * domain's ({@link io.catalog.domain.product.ProductDetails}).
 */
final class V3DetailsRequests {

    /** The product's fields read here. */
    static final Set<String> WRITABLE = Set.of("media", "infoSections");

    /** The variant's fields read here. */
    static final Set<String> VARIANT_FIELDS = Set.of("media", "digitalProperties", "inventoryStatus");

    private V3DetailsRequests() {}

    /** The details a {@code product} object sends. */
    static ProductDetailsChange read(JsonInput p) {
        return new ProductDetailsChange(media(p), p.objects("infoSections", V3DetailsRequests::section), variants(p));
    }

    /**
     * {@code sent} with only the masked fields among {@code fields}: {@code media} and {@code infoSections} named and
     * not sent are emptied; the variants' details go with {@code variantsInfo}.
     */
    static ProductDetailsChange masked(ProductDetailsChange sent, Set<String> fields) {
        return new ProductDetailsChange(
                fields.contains("media") ? (sent.media() == null ? List.of() : sent.media()) : null,
                fields.contains("infoSections")
                        ? (sent.infoSections() == null ? List.of() : sent.infoSections())
                        : null,
                fields.contains("variantsInfo") ? sent.variants() : null);
    }

    private static List<MediaWrite> media(JsonInput p) {
        JsonInput media = p.object("media");
        if (media == null) {
            return null;
        }
        V3Fields.refuseOthers(media, Set.of("itemsInfo"), Set.of("main"));
        JsonInput info = media.object("itemsInfo");
        if (info == null) {
            return null;
        }
        V3Fields.refuseOthers(info, Set.of("items"), Set.of());
        List<MediaWrite> items = info.objects("items", V3DetailsRequests::mediaItem);
        return items == null ? List.of() : items;
    }

    private static MediaWrite mediaItem(JsonInput item) {
        V3Fields.refuseOthers(
                item,
                Set.of("id", "url", "image", "altText", "displayName", "mediaType", "uploadId"),
                Set.of("thumbnail"));
        return new MediaWrite(
                item.string("id"),
                url(item),
                mediaType(item),
                item.string("altText"),
                item.string("displayName"),
                item.string("uploadId"));
    }

    /** {@code url}, or {@code image} (an image's URL) sent instead; both sent must agree. */
    private static String url(JsonInput item) {
        String url = item.string("url");
        String image = item.string("image");
        if (url != null && image != null && !url.strip().equals(image.strip())) {
            throw new ValidationException(
                    item.path("image"), ErrorCodes.CONFLICTING_SELECTORS, "must be the same as url, or be left out");
        }
        return url != null ? url : image;
    }

    private static MediaType mediaType(JsonInput item) {
        String type = item.string("mediaType");
        if (type == null) {
            return item.has("image") ? MediaType.IMAGE : null;
        }
        return switch (type) {
            case "IMAGE" -> MediaType.IMAGE;
            case "VIDEO" -> MediaType.VIDEO;
            default ->
                throw new ValidationException(
                        item.path("mediaType"), ErrorCodes.UNKNOWN_ENUM_VALUE, "must be IMAGE or VIDEO");
        };
    }

    private static InfoSectionWrite section(JsonInput s) {
        V3Fields.refuseOthers(s, Set.of("id", "uniqueName", "title", "description", "plainDescription"), Set.of());
        return new InfoSectionWrite(
                s.string("id"), s.string("uniqueName"), s.string("title"), V3ProductRequests.description(s));
    }

    /** The variants' details, in the order of {@code variantsInfo.variants}; {@code null} when none are sent. */
    private static List<VariantDetailWrite> variants(JsonInput p) {
        JsonInput info = p.object("variantsInfo");
        if (info == null) {
            return null;
        }
        List<VariantDetailWrite> variants = info.objects("variants", V3DetailsRequests::variant);
        return variants == null || variants.stream().noneMatch(VariantDetailWrite::sent) ? null : variants;
    }

    private static VariantDetailWrite variant(JsonInput v) {
        Map<String, String> choices = new LinkedHashMap<>();
        List<String[]> names = v.objects("choices", c -> {
            JsonInput n = c.object("optionChoiceNames");
            return n == null ? new String[2] : new String[] {n.string("optionName"), n.string("choiceName")};
        });
        if (names != null) {
            for (String[] name : names) {
                if (name[0] != null && name[1] != null) {
                    choices.putIfAbsent(name[0].strip(), name[1].strip());
                }
            }
        }
        VariantDetailWrite.MediaRef media = null;
        JsonInput m = v.object("media");
        if (m != null) {
            V3Fields.refuseOthers(
                    m,
                    Set.of("id", "url", "image"),
                    Set.of("altText", "displayName", "mediaType", "thumbnail", "uploadId"));
            String id = m.string("id");
            String url = url(m);
            media = new VariantDetailWrite.MediaRef(id, id == null ? url : null);
        }
        DigitalFile file = null;
        boolean removeFile = false;
        JsonInput digital = v.object("digitalProperties");
        if (digital != null) {
            V3Fields.refuseOthers(digital, Set.of("digitalFile"), Set.of());
            JsonInput f = digital.object("digitalFile");
            if (f == null) {
                removeFile = true;
            } else {
                file = digitalFile(f);
            }
        }
        Boolean preorder = null;
        JsonInput status = v.object("inventoryStatus");
        if (status != null) {
            V3Fields.refuseOthers(status, Set.of("preorderEnabled"), Set.of("inStock"));
            preorder = status.bool("preorderEnabled");
        }
        return new VariantDetailWrite(choices, media, file, removeFile, preorder);
    }

    private static DigitalFile digitalFile(JsonInput f) {
        V3Fields.refuseOthers(f, Set.of("id", "fileName", "fileType", "fileSize"), Set.of());
        String type = f.string("fileType");
        DigitalFile.FileType fileType = null;
        if (type != null) {
            try {
                fileType = DigitalFile.FileType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw new ValidationException(
                        f.path("fileType"),
                        ErrorCodes.UNKNOWN_ENUM_VALUE,
                        "must be one of " + List.of(DigitalFile.FileType.values()));
            }
        }
        String id = f.string("id");
        String fileName = f.string("fileName");
        Long fileSize = f.longValue("fileSize");
        try {
            return new DigitalFile(id, fileName, fileType, fileSize);
        } catch (ValidationException e) {
            throw e.nestedIn(f.path("id").substring(0, f.path("id").length() - ".id".length()));
        }
    }
}
