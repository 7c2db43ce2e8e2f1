package io.catalog.web.products;

import io.catalog.domain.product.Sku;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.product.VariantQuery;
import io.catalog.domain.product.VariantUpdate;
import io.catalog.domain.product.Weight;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the variant request bodies (Query Variants, Update Variants, Product Options Availability) into queries
 * and the domain's values: the shape (types, nesting) of the whole body is checked first, then the values are built,
 * under their own rules; errors name the v1 fields.
 */
final class VariantRequests {

    static final String VARIANTS = "variants";
    static final String OPTIONS = "options";

    private VariantRequests() {}

    /** {@code {"choices": {...}, "variantIds": [...], "paging": {"limit": n, "offset": m}}}, every part optional. */
    static VariantQuery query(JsonInput body, boolean includeHidden) {
        Map<String, String> choices = body.stringMap("choices");
        List<String> variantIds = body.strings("variantIds");
        JsonInput paging = body.object("paging");
        return VariantQuery.of(
                choices,
                variantIds,
                paging == null ? null : paging.longValue("offset"),
                paging == null ? null : paging.longValue("limit"),
                includeHidden);
    }

    /**
     * {@code {"variants": [{"choices" | "variantIds", "price", "sku", "weight", "visible"}, ...]}}; errors are
     * reported on {@code variants[i]...}.
     */
    static List<VariantUpdate> updates(JsonInput body) {
        List<SentUpdate> sent = body.objects(
                VARIANTS,
                variant -> new SentUpdate(
                        variant.strings("variantIds"),
                        variant.stringMap("choices"),
                        variant.decimal("price"),
                        variant.string("sku"),
                        variant.decimal("weight"),
                        variant.bool("visible")));
        if (sent == null) {
            throw new ValidationException(body.path(VARIANTS), ErrorCodes.REQUIRED, "is required");
        }
        List<VariantUpdate> updates = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            try {
                updates.add(sent.get(i).update());
            } catch (ValidationException e) {
                throw e.nestedIn(VARIANTS + "[" + i + "]");
            }
        }
        return updates;
    }

    /** One variant update as sent; {@code null} when not sent. */
    private record SentUpdate(
            List<String> variantIds,
            Map<String, String> choices,
            BigDecimal price,
            String sku,
            BigDecimal weight,
            Boolean visible) {

        VariantUpdate update() {
            List<VariantId> ids = new ArrayList<>();
            List<String> sentIds = variantIds == null ? List.of() : variantIds;
            for (int j = 0; j < sentIds.size(); j++) {
                try {
                    ids.add(VariantId.parse(sentIds.get(j)));
                } catch (ValidationException e) {
                    throw e.relocatedTo("variantIds[" + j + "]");
                }
            }
            return new VariantUpdate(
                    ids,
                    choices,
                    price,
                    sku == null ? null : new Sku(sku),
                    weight == null ? null : new Weight(weight),
                    visible,
                    null);
        }
    }

    /** {@code {"options": {"Size": "S", ...}}}: the choices selected so far. */
    static Map<String, String> selection(JsonInput body) {
        Map<String, String> selection = body.stringMap(OPTIONS);
        if (selection == null) {
            throw new ValidationException(body.path(OPTIONS), ErrorCodes.REQUIRED, "is required");
        }
        return selection;
    }
}
