package io.catalog.web.v3;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a Catalog V3 answer holds: Wix's {@code fields} (RequestedFields) and who asks. The fields the product object
 * returns "only when you pass X to the fields array" are left out unless asked ({@code url}, {@code currency} and
 * every {@code formattedAmount}, {@code description}, {@code plainDescription}, {@code media.itemsInfo}, the
 * categories and breadcrumbs, {@code subscriptionPricesInfo}); so the default answer computes none of them.
 * Merchant data ({@code costRange}, {@code revenueDetails}) needs {@code MERCHANT_DATA} and a caller that may modify
 * products: a caller that may only read asking for it is answered without it, as Wix answers an app without
 * {@code PRODUCT_READ_ADMIN}. The other names Wix defines are accepted and add nothing (the catalog keeps no info
 * sections, thumbnails, categories or weight units; {@code optionChoiceNames} are always answered); any other name is
 * 400 {@code UNKNOWN_ENUM_VALUE} naming {@code fields[i]}.
 *
 * @param canModify whether the caller may modify products (else it sees only visible products, variants and choices)
 */
record V3Projection(Set<Field> fields, boolean canModify) {

    /** Wix's RequestedFields. */
    enum Field {
        URL,
        CURRENCY,
        INFO_SECTION,
        MERCHANT_DATA,
        PLAIN_DESCRIPTION,
        INFO_SECTION_PLAIN_DESCRIPTION,
        SUBSCRIPTION_PRICES_INFO,
        BREADCRUMBS_INFO,
        WEIGHT_MEASUREMENT_UNIT_INFO,
        VARIANT_OPTION_CHOICE_NAMES,
        MEDIA_ITEMS_INFO,
        DESCRIPTION,
        DIRECT_CATEGORIES_INFO,
        ALL_CATEGORIES_INFO,
        MIN_VARIANT_PRICE_INFO,
        INFO_SECTION_DESCRIPTION,
        THUMBNAIL,
        DIRECT_CATEGORY_IDS
    }

    /** The most names a request may list (each at most once counts; repeats are allowed within it). */
    static final int MAX_NAMES = 50;

    static final String FIELDS = "fields";

    V3Projection {
        fields = fields.isEmpty() ? Set.of() : Set.copyOf(fields);
    }

    /** Every field, for a caller that may modify products: what the tests of the whole shape read. */
    static V3Projection everything(boolean canModify) {
        return new V3Projection(EnumSet.allOf(Field.class), canModify);
    }

    /** The {@code fields} array of a request body ({@code null} or absent: none). */
    static V3Projection read(JsonInput body, boolean canModify) {
        return of(body.strings(FIELDS), body.path(FIELDS), canModify);
    }

    /**
     * The names sent ({@code null}: none), checked.
     *
     * @param path where they were sent, for errors ({@code fields}, so an error names {@code fields[2]})
     */
    static V3Projection of(List<String> names, String path, boolean canModify) {
        if (names == null || names.isEmpty()) {
            return new V3Projection(Set.of(), canModify);
        }
        if (names.size() > MAX_NAMES) {
            throw new ValidationException(
                    path,
                    ErrorCodes.OUT_OF_RANGE,
                    "may list at most " + MAX_NAMES + " names (was " + names.size() + ")");
        }
        Set<Field> fields = EnumSet.noneOf(Field.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).strip();
            try {
                fields.add(Field.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new ValidationException(
                        path + "[" + i + "]",
                        ErrorCodes.UNKNOWN_ENUM_VALUE,
                        "is not a field to return (was \"" + Excerpt.of(name) + "\"); one of "
                                + Arrays.stream(Field.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        return new V3Projection(fields, canModify);
    }

    boolean has(Field field) {
        return fields.contains(field);
    }

    /** Whether hidden products, variants and choices are left out. */
    boolean visibleOnly() {
        return !canModify;
    }

    /** Whether costs, profits and margins are answered. */
    boolean merchantData() {
        return canModify && has(Field.MERCHANT_DATA);
    }
}
