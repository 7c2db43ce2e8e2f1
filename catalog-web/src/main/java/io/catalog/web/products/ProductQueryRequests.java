package io.catalog.web.products;

import io.catalog.domain.product.query.Paging;
import io.catalog.domain.product.query.ProductField;
import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.product.query.QueryOperator;
import io.catalog.domain.product.query.SortOrder;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a product query body: {@code {"query": {"filter", "sort", "paging"}, "includeVariants"}}. {@code filter}
 * and {@code sort} may be JSON or, as the Wix documentation sends them, JSON encoded in a string. Which fields and
 * operators are allowed is the domain's rule ({@link ProductField}); this class reads the shape and names the
 * offending path in every error.
 */
public final class ProductQueryRequests {

    static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    static final String UNKNOWN_OPERATOR = "UNKNOWN_OPERATOR";
    static final String FILTER_TOO_LARGE = "FILTER_TOO_LARGE";
    /** Conditions plus {@code $and}, {@code $or} and {@code $not} operators in one filter. */
    static final int MAX_FILTER_PARTS = 100;

    private static final String FILTER = "query.filter";
    private static final String SORT = "query.sort";

    private ProductQueryRequests() {}

    static ProductQuery read(JsonInput input, boolean visibleOnly) {
        JsonInput query = input.object("query");
        Boolean includeVariants = input.bool("includeVariants");
        if (query == null) {
            return new ProductQuery(
                    ProductFilter.ALL, List.of(), Paging.FIRST_PAGE, visibleOnly, Boolean.TRUE.equals(includeVariants));
        }
        JsonValue filter = query.structured("filter");
        JsonValue sort = query.structured("sort");
        JsonInput paging = query.object("paging");
        return new ProductQuery(
                filter == null ? ProductFilter.ALL : new FilterReader().filter(filter, FILTER),
                sort == null ? List.of() : sort(sort),
                paging(paging),
                visibleOnly,
                Boolean.TRUE.equals(includeVariants));
    }

    /** The {@code paging} object of a v1 query ({@code null}: the first page), its errors on {@code query.paging}. */
    public static Paging paging(JsonInput paging) {
        if (paging == null) {
            return Paging.FIRST_PAGE;
        }
        Integer limit = paging.integer("limit");
        Integer offset = paging.integer("offset");
        try {
            return Paging.of(limit, offset);
        } catch (ValidationException e) {
            throw e.nestedIn("query");
        }
    }

    private static List<Object> list(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new ValidationException(path, JsonInput.INVALID_TYPE, "must be an array of values");
        }
        List<Object> values = new ArrayList<>();
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            values.add(scalar(array.get(i), path + "[" + i + "]"));
        }
        return values;
    }

    private static Object scalar(JsonValue value, String path) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> throw new ValidationException(path, JsonInput.INVALID_TYPE, "must be a string or a number");
        };
    }

    /** {@code [{"numericId": "asc"}]} as the Wix documentation writes it, or {@code [{"fieldName", "order"}]}. */
    private static List<SortOrder> sort(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new ValidationException(
                    SORT, JsonInput.INVALID_TYPE, "must be an array such as [{\"numericId\": \"asc\"}]");
        }
        List<SortOrder> sort = new ArrayList<>();
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String path = SORT + "[" + i + "]";
            JsonObject key = object(array.get(i), path);
            String fieldName;
            String order;
            if (key.containsKey("fieldName")) {
                fieldName = string(key.get("fieldName"), path + ".fieldName");
                order = key.containsKey("order") ? string(key.get("order"), path + ".order") : "asc";
            } else if (key.size() == 1) {
                fieldName = key.keySet().iterator().next();
                order = string(key.get(fieldName), path + "." + fieldName);
            } else {
                throw new ValidationException(
                        path, JsonInput.INVALID_TYPE, "must name one field, e.g. {\"numericId\": \"asc\"}");
            }
            String fieldPath = path + "." + fieldName;
            ProductField field = ProductField.named(fieldName)
                    .orElseThrow(() -> new ValidationException(
                            fieldPath, UNKNOWN_FIELD, "is not a field products can be sorted on"));
            sort.add(SortOrder.of(field, ascending(order, fieldPath), fieldPath));
        }
        return sort;
    }

    private static boolean ascending(String order, String path) {
        return switch (order.toLowerCase(Locale.ROOT)) {
            case "asc" -> true;
            case "desc" -> false;
            default ->
                throw new ValidationException(
                        path, ErrorCodes.UNKNOWN_ENUM_VALUE, "must be asc or desc (was \"" + order + "\")");
        };
    }

    private static JsonObject object(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ValidationException(path, JsonInput.INVALID_TYPE, "must be an object");
        }
        return value.asJsonObject();
    }

    private static String string(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new ValidationException(path, JsonInput.INVALID_TYPE, "must be a string");
        }
        return ((JsonString) value).getString();
    }

    /**
     * Reads one filter, counting its conditions and its {@code $and}, {@code $or} and {@code $not} as it goes: a
     * filter of more than {@value #MAX_FILTER_PARTS} of them, or of more than {@link ProductFilter#MAX_VALUES_IN_ALL}
     * values in all, is refused before it is built, let alone translated.
     * (How deep it nests is bounded by the JSON reader's depth limit.)
     */
    private static final class FilterReader {

        private int counted;
        private int values;

        private ProductFilter filter(JsonValue value, String path) {
            JsonObject object = object(value, path);
            List<ProductFilter> parts = new ArrayList<>();
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                String key = entry.getKey();
                String keyPath = path + "." + key;
                if (key.startsWith("$")) {
                    count(keyPath);
                }
                switch (key) {
                    case "$and" -> parts.add(new ProductFilter.And(filters(entry.getValue(), keyPath)));
                    case "$or" -> parts.add(new ProductFilter.Or(filters(entry.getValue(), keyPath)));
                    case "$not" -> parts.add(new ProductFilter.Not(filter(entry.getValue(), keyPath)));
                    default -> parts.add(field(key, entry.getValue(), keyPath));
                }
            }
            return parts.size() == 1 ? parts.get(0) : new ProductFilter.And(parts);
        }

        private List<ProductFilter> filters(JsonValue value, String path) {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new ValidationException(path, JsonInput.INVALID_TYPE, "must be an array of filters");
            }
            JsonArray array = value.asJsonArray();
            List<ProductFilter> filters = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                filters.add(filter(array.get(i), path + "[" + i + "]"));
            }
            return filters;
        }

        /** {@code "name": "x"} (implicit $eq) or {@code "name": {"$startsWith": "x", ...}}. */
        private ProductFilter field(String key, JsonValue value, String path) {
            if (key.startsWith("$")) {
                throw new ValidationException(
                        path,
                        UNKNOWN_OPERATOR,
                        "is not an operator here; use $and, $or or $not" + " to combine filters, or a field name");
            }
            ProductField field = ProductField.named(key)
                    .orElseThrow(() -> new ValidationException(
                            path,
                            UNKNOWN_FIELD,
                            "is not a field products can be filtered on; fields: name, description, sku, id, price, numericId,"
                                    + " productType, slug, collections.id, options.<option name>, lastUpdated"));
            String option = field == ProductField.OPTION
                    ? key.substring(ProductField.OPTION.apiName().length())
                    : null;
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                count(path);
                return ProductFilter.Condition.of(field, option, QueryOperator.EQ, List.of(scalar(value, path)), path);
            }
            List<ProductFilter> conditions = new ArrayList<>();
            for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
                String opPath = path + "." + entry.getKey();
                QueryOperator operator = QueryOperator.fromToken(entry.getKey())
                        .orElseThrow(() -> new ValidationException(
                                opPath,
                                UNKNOWN_OPERATOR,
                                "is not an operator; operators: $eq, $ne, $hasSome, $hasAll, $contains,"
                                        + " $startsWith, $lt, $lte, $gt, $gte"));
                count(opPath);
                List<Object> values = operator.takesList()
                        ? list(entry.getValue(), opPath)
                        : List.of(scalar(entry.getValue(), opPath));
                countValues(values.size(), opPath);
                conditions.add(ProductFilter.Condition.of(field, option, operator, values, path));
            }
            if (conditions.isEmpty()) {
                throw new ValidationException(path, ErrorCodes.REQUIRED, "must name an operator");
            }
            return conditions.size() == 1 ? conditions.get(0) : new ProductFilter.And(conditions);
        }

        private void countValues(int more, String path) {
            values += more;
            if (values > ProductFilter.MAX_VALUES_IN_ALL) {
                throw new ValidationException(
                        FILTER,
                        FILTER_TOO_LARGE,
                        "may hold at most " + ProductFilter.MAX_VALUES_IN_ALL
                                + " values in all its conditions (more at " + path + ")");
            }
        }

        private void count(String path) {
            if (++counted > MAX_FILTER_PARTS) {
                throw new ValidationException(
                        FILTER,
                        FILTER_TOO_LARGE,
                        "may hold at most " + MAX_FILTER_PARTS + " conditions and $and, $or, $not operators (more at "
                                + path + ")");
            }
        }
    }
}
