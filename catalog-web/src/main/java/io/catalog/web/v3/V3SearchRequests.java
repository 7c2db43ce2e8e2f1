package io.catalog.web.v3;

import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.SearchField;
import io.catalog.domain.product.search.Aggregation;
import io.catalog.domain.product.search.AggregationField;
import io.catalog.domain.product.search.AggregationKind;
import io.catalog.domain.product.search.ProductSearch;
import io.catalog.domain.product.search.SearchExpression;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import io.catalog.web.json.RejectedBodyException;
import io.catalog.web.json.StrictJson;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads Catalog V3 search bodies: {@code {"search": {"filter", "sort", "cursorPaging", "search": {"expression",
 * "fields", "mode"}, "aggregations": [...]}}}. The filter, sort and paging are a query's ({@link V3QueryRequests},
 * {@link V3QueryPages}); the free-text part and the aggregations are read here, against two tables: the fields a
 * search reads ({@link #SEARCH_FIELDS}) and the fields facets count ({@link #AGGREGATION_FIELDS}). Every error names
 * the offending path under {@code search}.
 */
final class V3SearchRequests {

    static final String ROOT = "search";
    static final String EXPRESSION = "search.search.expression";
    static final String AGGREGATIONS = "search.aggregations";

    static final V3QueryPages.Paths PATHS = new V3QueryPages.Paths(
            "search.filter", "search.sort", "search.cursorPaging.limit", "search.cursorPaging.cursor", "search.search");

    /** The V3 fields {@code search.fields} may name, and the catalog field each is. */
    static final Map<String, SearchField> SEARCH_FIELDS = searchFields();

    /** The V3 field paths an aggregation may name, and what each counts. */
    static final Map<String, AggregationField> AGGREGATION_FIELDS = aggregationFields();

    private static Map<String, SearchField> searchFields() {
        Map<String, SearchField> fields = new LinkedHashMap<>();
        fields.put("name", SearchField.NAME);
        fields.put("plainDescription", SearchField.DESCRIPTION);
        fields.put("description", SearchField.DESCRIPTION);
        fields.put("variantsInfo.variants.sku", SearchField.SKU);
        fields.put("brand.name", SearchField.BRAND);
        return fields;
    }

    private static Map<String, AggregationField> aggregationFields() {
        Map<String, AggregationField> fields = new LinkedHashMap<>();
        fields.put("options.choicesSettings.choices.name", AggregationField.CHOICE_NAME);
        fields.put("inventory.inStock", AggregationField.IN_STOCK);
        fields.put("visible", AggregationField.VISIBLE);
        fields.put("actualPriceRange.minValue.amount", AggregationField.PRICE);
        fields.put("brand.name", AggregationField.BRAND);
        fields.put("ribbon.name", AggregationField.RIBBON);
        return fields;
    }

    /** The V3 field path of a facet field, for answers. */
    static String fieldPath(AggregationField field) {
        return AGGREGATION_FIELDS.entrySet().stream()
                .filter(e -> e.getValue() == field)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    /** A search body as sent: its query parts (as a query's), its free-text part as sent, and its aggregations. */
    record Request(V3QueryRequests.Request query, JsonValue search, List<Aggregation> aggregations) {}

    private V3SearchRequests() {}

    static Request read(JsonInput body) {
        JsonInput search = body.object(ROOT);
        if (search == null) {
            return new Request(new V3QueryRequests.Request(null, null, null, null), null, List.of());
        }
        JsonInput paging = search.object("cursorPaging");
        String cursor = paging == null ? null : paging.string("cursor");
        V3QueryRequests.Request query = new V3QueryRequests.Request(
                search.structured("filter"),
                search.structured("sort"),
                paging == null ? null : paging.integer("limit"),
                cursor == null || cursor.isEmpty() ? null : cursor);
        JsonValue text = search.structured("search");
        if (text != null) {
            // Read now, so that its errors come before the cursor's: the cursor keeps it as sent.
            expression(text, PATHS.search());
        }
        return new Request(query, text, aggregations(search));
    }

    /** The filter of a free-text part ({@code {"expression", "fields", "mode"}}); everything when null. */
    static ProductFilter expression(JsonValue value, String path) {
        if (value == null) {
            return ProductFilter.ALL;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ValidationException(path, JsonInput.INVALID_TYPE, "must be an object");
        }
        JsonInput search = JsonInput.nested(value.asJsonObject(), path);
        String mode = search.string("mode");
        if (mode != null && !mode.equals("AND")) {
            throw new ValidationException(
                    search.path("mode"),
                    ErrorCodes.NOT_ALLOWED,
                    "must be AND (every word must be found; was \"" + Excerpt.of(mode) + "\")");
        }
        List<String> names = search.strings("fields");
        Set<SearchField> fields = EnumSet.noneOf(SearchField.class);
        if (names != null) {
            if (names.size() > SEARCH_FIELDS.size()) {
                throw new ValidationException(
                        search.path("fields"),
                        ErrorCodes.OUT_OF_RANGE,
                        "may list at most " + SEARCH_FIELDS.size() + " fields (was " + names.size() + ")");
            }
            for (int i = 0; i < names.size(); i++) {
                SearchField field = SEARCH_FIELDS.get(names.get(i));
                if (field == null) {
                    throw new ValidationException(
                            search.path("fields") + "[" + i + "]",
                            V3QueryRequests.UNKNOWN_FIELD,
                            "is not a field a search reads; fields: " + String.join(", ", SEARCH_FIELDS.keySet()));
                }
                fields.add(field);
            }
        }
        return SearchExpression.of(search.string("expression"), fields, search.path("expression"))
                .filter();
    }

    private static List<Aggregation> aggregations(JsonInput search) {
        JsonValue sent = search.structured("aggregations");
        if (sent == null) {
            return List.of();
        }
        if (sent.getValueType() == JsonValue.ValueType.ARRAY
                && sent.asJsonArray().size() > ProductSearch.MAX_AGGREGATIONS) {
            throw new ValidationException(
                    AGGREGATIONS,
                    ErrorCodes.OUT_OF_RANGE,
                    "may list at most " + ProductSearch.MAX_AGGREGATIONS + " aggregations (was "
                            + sent.asJsonArray().size() + ")");
        }
        AtomicInteger index = new AtomicInteger();
        List<Aggregation> aggregations = search.objects("aggregations", a -> {
            String path = AGGREGATIONS + "[" + index.getAndIncrement() + "]";
            try {
                return aggregation(a, path);
            } catch (ValidationException e) {
                throw e.field().startsWith(AGGREGATIONS) ? e : e.nestedIn(path);
            }
        });
        try {
            ProductSearch.requireBounds(aggregations);
        } catch (ValidationException e) {
            throw e.nestedIn(ROOT);
        }
        return aggregations;
    }

    private static Aggregation aggregation(JsonInput a, String path) {
        String fieldPath = a.string("fieldPath");
        if (fieldPath == null) {
            throw new ValidationException(a.path("fieldPath"), ErrorCodes.REQUIRED, "is required");
        }
        AggregationField field = AGGREGATION_FIELDS.get(fieldPath);
        if (field == null) {
            throw new ValidationException(
                    a.path("fieldPath"),
                    V3QueryRequests.UNKNOWN_FIELD,
                    "is not a field products can be aggregated on; fields: "
                            + String.join(", ", AGGREGATION_FIELDS.keySet()));
        }
        String typeName = a.string("type");
        if (typeName == null) {
            throw new ValidationException(a.path("type"), ErrorCodes.REQUIRED, "is required");
        }
        AggregationKind kind = enumValue(AggregationKind.class, typeName, a.path("type"), "VALUE, RANGE or SCALAR");
        if (!field.allows(kind)) {
            throw new ValidationException(
                    a.path("type"),
                    ErrorCodes.NOT_ALLOWED,
                    "is not allowed on " + fieldPath + "; allowed: " + field.kinds());
        }
        String name = a.string("name");
        if (name != null && (name.isBlank() || name.length() > 100)) {
            throw new ValidationException(a.path("name"), ErrorCodes.OUT_OF_RANGE, "must be 1 to 100 characters");
        }
        Aggregation.Values values = null;
        List<Aggregation.Bucket> buckets = List.of();
        Aggregation.Scalar scalar = null;
        switch (kind) {
            case VALUE -> values = values(a.object("value"));
            case RANGE -> buckets = buckets(a.object("range"), a.path("range"));
            case SCALAR -> {
                JsonInput s = a.object("scalar");
                String type = s == null ? null : s.string("type");
                if (type == null) {
                    throw new ValidationException(a.path("scalar") + ".type", ErrorCodes.REQUIRED, "is required");
                }
                scalar = enumValue(Aggregation.Scalar.class, type, s.path("type"), "MIN or MAX");
            }
        }
        return new Aggregation(name == null ? fieldPath : name, field, kind, values, buckets, scalar);
    }

    private static Aggregation.Values values(JsonInput value) {
        if (value == null) {
            return Aggregation.Values.defaults();
        }
        Integer limit = value.integer("limit");
        String sortType = value.string("sortType");
        boolean byCount = sortType == null
                || enumValue(SortType.class, sortType, value.path("sortType"), "COUNT or VALUE") == SortType.COUNT;
        String direction = value.string("sortDirection");
        boolean ascending = direction == null
                ? !byCount
                : enumValue(Direction.class, direction, value.path("sortDirection"), "ASC or DESC") == Direction.ASC;
        return new Aggregation.Values(limit == null ? Aggregation.DEFAULT_LIMIT : limit, byCount, ascending);
    }

    private enum SortType {
        COUNT,
        VALUE
    }

    private enum Direction {
        ASC,
        DESC
    }

    private static List<Aggregation.Bucket> buckets(JsonInput range, String path) {
        JsonValue sent = range == null ? null : range.structured("buckets");
        if (sent == null) {
            throw new ValidationException(path + ".buckets", ErrorCodes.REQUIRED, "is required");
        }
        if (sent.getValueType() == JsonValue.ValueType.ARRAY
                && sent.asJsonArray().size() > Aggregation.MAX_BUCKETS) {
            throw new ValidationException(
                    path + ".buckets",
                    ErrorCodes.OUT_OF_RANGE,
                    "must list 1 to " + Aggregation.MAX_BUCKETS + " buckets (was "
                            + sent.asJsonArray().size() + ")");
        }
        List<Aggregation.Bucket> buckets = new ArrayList<>();
        AtomicInteger index = new AtomicInteger();
        range.objects("buckets", b -> {
            String bucketPath = path + ".buckets[" + index.getAndIncrement() + "]";
            try {
                buckets.add(new Aggregation.Bucket(amount(b, "from"), amount(b, "to")));
            } catch (ValidationException e) {
                throw e.field().startsWith(path) ? e : e.relocatedTo(bucketPath);
            }
            return null;
        });
        return buckets;
    }

    /** An amount as a number or a string, within the bounds of a number in a body. */
    private static BigDecimal amount(JsonInput bucket, String field) {
        BigDecimal amount = bucket.decimalOrString(field);
        if (amount == null) {
            return null;
        }
        long leading = (long) amount.precision() - amount.scale() - 1;
        if (amount.precision() > StrictJson.MAX_DIGITS
                || Math.abs(leading) > StrictJson.MAX_EXPONENT
                || Math.abs((long) amount.scale()) > StrictJson.MAX_EXPONENT) {
            throw new ValidationException(
                    bucket.path(field),
                    RejectedBodyException.NUMBER_OUT_OF_RANGE,
                    "must be an amount of at most " + StrictJson.MAX_DIGITS + " digits");
        }
        return amount;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String sent, String path, String allowed) {
        try {
            return Enum.valueOf(type, sent.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(
                    path, ErrorCodes.UNKNOWN_ENUM_VALUE, "must be " + allowed + " (was \"" + Excerpt.of(sent) + "\")");
        }
    }
}
