package io.catalog.events.payload.v3;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The V3 fields a product change modified, from the domain's changed fields (the v1 API's names, and the V3 names of
 * the merchandising): every top-level field of the V3 product whose value may differ, computed ones included (a price
 * change modifies {@code variantsInfo} and the price ranges), in the order of the V3 product. A name the table does
 * not know is a field of the same name in both dialects and passes as it is; v1-only fields ({@code warningLimit})
 * modify nothing in V3; v1's {@code collectionIds} are V3's categories. {@code revision} and {@code updatedDate}, which every change moves,
 * are not listed.
 */
public final class V3ModifiedFields {

    /** The V3 product's top-level fields, in its order. */
    private static final List<String> ORDER = List.of(
            "name",
            "slug",
            "url",
            "description",
            "plainDescription",
            "visible",
            "productType",
            "physicalProperties",
            "currency",
            "media",
            "options",
            "modifiers",
            "directCategoriesInfo",
            "allCategoriesInfo",
            "mainCategoryId",
            "breadcrumbsInfo",
            "actualPriceRange",
            "compareAtPriceRange",
            "costRange",
            "inventory",
            "variantsInfo",
            "variantSummary",
            "handle",
            "brand",
            "ribbon",
            "additionalRibbons",
            "visibleInPos",
            "taxGroupId",
            "seoData",
            "extendedFields",
            "tags",
            "infoSections",
            "purchaseEligibility");

    private static final List<String> VARIANTS = List.of(
            "physicalProperties",
            "options",
            "actualPriceRange",
            "compareAtPriceRange",
            "costRange",
            "inventory",
            "variantsInfo",
            "variantSummary",
            "purchaseEligibility");

    private static final Map<String, List<String>> V3_FIELDS = Map.ofEntries(
            Map.entry("slug", List.of("slug", "url")),
            Map.entry("description", List.of("description", "plainDescription")),
            Map.entry("productType", List.of("productType", "physicalProperties")),
            Map.entry("sku", List.of("variantsInfo")),
            Map.entry("barcode", List.of("variantsInfo")),
            Map.entry("weight", List.of("physicalProperties", "variantsInfo")),
            Map.entry("price", List.of("actualPriceRange", "compareAtPriceRange", "variantsInfo")),
            Map.entry("discount", List.of("actualPriceRange", "compareAtPriceRange", "variantsInfo")),
            Map.entry("cost", List.of("costRange", "variantsInfo")),
            Map.entry("stock", List.of("options", "inventory", "variantsInfo", "purchaseEligibility")),
            Map.entry("variantsInfo", List.of("inventory", "variantsInfo", "purchaseEligibility")),
            Map.entry("visible", List.of("visible", "purchaseEligibility")),
            Map.entry("manageVariants", VARIANTS),
            Map.entry("variants", VARIANTS),
            Map.entry("productOptions", VARIANTS),
            Map.entry("media", List.of("media", "options", "variantsInfo")),
            Map.entry("warningLimit", List.of()),
            Map.entry(
                    "collectionIds",
                    List.of("directCategoriesInfo", "allCategoriesInfo", "mainCategoryId", "breadcrumbsInfo")));

    private V3ModifiedFields() {}

    /** The V3 fields modified by a change of {@code changedFields}; empty when it modified none. */
    public static List<String> of(List<String> changedFields) {
        Set<String> modified = new LinkedHashSet<>();
        for (String field : changedFields) {
            modified.addAll(V3_FIELDS.getOrDefault(field, List.of(field)));
        }
        List<String> ordered = new ArrayList<>();
        ORDER.stream().filter(modified::contains).forEach(ordered::add);
        modified.stream().filter(field -> !ORDER.contains(field)).forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
