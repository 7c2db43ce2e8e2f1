package io.catalog.web.support;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The query string of a Get Product (V3) that asks for every field of the {@code fields} projection: what the V3
 * product events carry as their entity (a subscriber cannot ask for fields, so it is sent the whole product).
 */
public final class V3EveryField {

    /** Every name of Get Product (V3)'s {@code fields} (docs/catalog-v3.md, Fields). */
    public static final List<String> NAMES = List.of(
            "URL",
            "CURRENCY",
            "INFO_SECTION",
            "MERCHANT_DATA",
            "PLAIN_DESCRIPTION",
            "INFO_SECTION_PLAIN_DESCRIPTION",
            "SUBSCRIPTION_PRICES_INFO",
            "BREADCRUMBS_INFO",
            "WEIGHT_MEASUREMENT_UNIT_INFO",
            "VARIANT_OPTION_CHOICE_NAMES",
            "MEDIA_ITEMS_INFO",
            "DESCRIPTION",
            "DIRECT_CATEGORIES_INFO",
            "ALL_CATEGORIES_INFO",
            "MIN_VARIANT_PRICE_INFO",
            "INFO_SECTION_DESCRIPTION",
            "THUMBNAIL",
            "DIRECT_CATEGORY_IDS");

    /** {@code ?fields=URL&fields=CURRENCY...}. */
    public static final String QUERY =
            NAMES.stream().map(name -> "fields=" + name).collect(Collectors.joining("&", "?", ""));

    /** {@code ["URL", "CURRENCY", ...]}, the {@code fields} of a V3 body. */
    public static final String JSON_ARRAY =
            NAMES.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", ", "[", "]"));

    private V3EveryField() {}
}
