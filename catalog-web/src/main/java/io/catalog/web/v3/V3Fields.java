package io.catalog.web.v3;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.error.FieldPaths;
import io.catalog.web.json.JsonInput;
import java.util.Set;

/**
 * Where the Catalog V3 product requests carry the domain's fields, for the errors that name them: the description is
 * {@code plainDescription}; the product's price, SKU and weight are those of its variants (named on the first,
 * {@code variantsInfo.variants[0]...}); a choice's value and description are its {@code choicesSettings.choices[j].name}
 * (a swatch's colour, its {@code colorCode}, is checked where it is read); an option's type is its
 * {@code optionRenderType}; a variant written whole is {@code variantsInfo.variants[i]} (its price its
 * {@code price.actualPrice.amount}, its weight its {@code physicalProperties.weight}). The readers of the V3 requests name the V3 paths themselves for the values they build.
 */
final class V3Fields {

    private static final String VARIANTS = "variantsInfo.variants";
    private static final String FIRST_VARIANT = "variantsInfo.variants[0].";
    private static final String CHOICES = "options[].choicesSettings.choices";

    /** A product's fields, in a {@code product} object (Create Product, Update Product). */
    static final FieldPaths PRODUCT = FieldPaths.SAME
            .rename("variants[].price", VARIANTS + "[].price.actualPrice.amount")
            .rename("variants[].compareAtPrice", VARIANTS + "[].price.compareAtPrice.amount")
            .rename("variants[].cost", VARIANTS + "[].revenueDetails.cost.amount")
            .rename("variants[].weight", VARIANTS + "[].physicalProperties.weight")
            .rename("variants", VARIANTS)
            .rename("description", "plainDescription")
            .rename("sku", FIRST_VARIANT + "sku")
            .rename("price", FIRST_VARIANT + "price.actualPrice.amount")
            .rename("weight", FIRST_VARIANT + "physicalProperties.weight")
            .rename("options[].choices[].value", CHOICES + "[].name")
            .rename("options[].choices[].description", CHOICES + "[].name")
            .rename("options[].choices", CHOICES)
            .rename("options[].optionType", "options[].optionRenderType")
            .rename("media", "media.itemsInfo.items");

    private V3Fields() {}

    /**
     * Refuses, with {@code UNSUPPORTED_FIELD} naming the first, any field of {@code in} sent with a value that is
     * neither {@code accepted} nor {@code ignored}: what the catalog does not keep is never dropped silently.
     */
    static void refuseOthers(JsonInput in, Set<String> accepted, Set<String> ignored) {
        for (String field : in.fieldNames()) {
            if (in.has(field) && !accepted.contains(field) && !ignored.contains(field)) {
                throw new ValidationException(
                        in.path(field),
                        ErrorCodes.UNSUPPORTED_FIELD,
                        "is not kept by the catalog; leave it out (see docs/catalog-v3.md, Writing)");
            }
        }
    }
}
