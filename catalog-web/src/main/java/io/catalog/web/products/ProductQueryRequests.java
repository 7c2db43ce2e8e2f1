package io.catalog.web.products;

import io.catalog.domain.product.query.Paging;
import io.catalog.domain.product.query.ProductField;
import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.product.query.QueryOperator;
import io.catalog.domain.product.query.SortOrder;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import io.catalog.web.query.FilterTree;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a product query body: {@code {"query": {"filter", "sort", "paging"}, "includeVariants"}}. {@code filter}
 * and {@code sort} may be JSON or, as the Wix documentation sends them, JSON encoded in a string. Which fields and
 * operators are allowed is the domain's rule ({@link ProductField}); this class reads the shape and names the
 * offending path in every error.
 */
public final class ProductQueryRequests {

    static final String UNKNOWN_FIELD = FilterTree.UNKNOWN_FIELD;
    static final String UNKNOWN_OPERATOR = FilterTree.UNKNOWN_OPERATOR;
    static final String FILTER_TOO_LARGE = FilterTree.FILTER_TOO_LARGE;
    /** Conditions plus {@code $and}, {@code $or} and {@code $not} operators in one filter. */
    static final int MAX_FILTER_PARTS = FilterTree.MAX_PARTS;

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
                filter == null ? ProductFilter.ALL : FilterTree.read(filter, FILTER, V1Conditions.INSTANCE),
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
                        path, ErrorCodes.UNKNOWN_ENUM_VALUE, "must be asc or desc (was \"" + Excerpt.of(order) + "\")");
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
     * The v1 fields and operators of a filter, read by {@link FilterTree} (which bounds its size; how deep it nests is
     * bounded by the JSON reader's depth limit).
     */
    private static final class V1Conditions implements FilterTree.Conditions {

        static final V1Conditions INSTANCE = new V1Conditions();

        @Override
        public void requireField(String key, String path) {
            field(key, path);
        }

        @Override
        public ProductFilter condition(
                String key,
                String token,
                JsonValue operand,
                String fieldPath,
                String operatorPath,
                FilterTree.Values values) {
            ProductField field = field(key, fieldPath);
            String option = field == ProductField.OPTION
                    ? key.substring(ProductField.OPTION.apiName().length())
                    : null;
            QueryOperator operator = QueryOperator.fromToken(token)
                    .orElseThrow(() -> new ValidationException(
                            operatorPath,
                            UNKNOWN_OPERATOR,
                            "is not an operator; operators: $eq, $ne, $hasSome, $hasAll, $contains,"
                                    + " $startsWith, $lt, $lte, $gt, $gte"));
            List<Object> operands = operator.takesList()
                    ? FilterTree.list(operand, operatorPath)
                    : List.of(FilterTree.scalar(operand, operatorPath));
            values.count(operands.size(), operatorPath);
            return ProductFilter.Condition.of(field, option, operator, operands, fieldPath);
        }

        private static ProductField field(String key, String path) {
            return ProductField.named(key)
                    .orElseThrow(() -> new ValidationException(
                            path,
                            UNKNOWN_FIELD,
                            "is not a field products can be filtered on; fields: name, description, sku, id, price,"
                                    + " numericId, productType, slug, collections.id, options.<option name>,"
                                    + " lastUpdated"));
        }
    }
}
