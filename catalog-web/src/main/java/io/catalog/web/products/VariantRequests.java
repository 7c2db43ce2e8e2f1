package io.catalog.web.products;

import io.catalog.domain.application.VariantUpdateCommand;
import io.catalog.domain.product.VariantQuery;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import java.util.List;
import java.util.Map;

/**
 * Reads the variant request bodies (Query Variants, Update Variants, Product Options Availability) into queries
 * and commands. Only the shape is checked here (types, nesting); every rule on the values belongs to the domain.
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

    /** {@code {"variants": [{"choices" | "variantIds", "price", "sku", "weight", "visible"}, ...]}}. */
    static List<VariantUpdateCommand> updates(JsonInput body) {
        List<VariantUpdateCommand> commands = body.objects(
                VARIANTS,
                variant -> new VariantUpdateCommand(
                        variant.strings("variantIds"),
                        variant.stringMap("choices"),
                        variant.decimal("price"),
                        variant.string("sku"),
                        variant.decimal("weight"),
                        variant.bool("visible")));
        if (commands == null) {
            throw new ValidationException(body.path(VARIANTS), ErrorCodes.REQUIRED, "is required");
        }
        return commands;
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
