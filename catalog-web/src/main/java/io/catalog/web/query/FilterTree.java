package io.catalog.web.query;

import io.catalog.domain.product.query.ProductFilter;
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
import java.util.Map;

/**
 * The filter of the query language the Wix dialects share: an object of conditions on fields, combined with
 * {@code $and}, {@code $or} and {@code $not}; a field's value is either a value (an implicit {@code $eq}) or an object
 * of operators. This reads the tree and bounds it: at most {@value #MAX_PARTS} conditions and operators, and
 * {@link ProductFilter#MAX_VALUES_IN_ALL} values in all, refused with {@value #FILTER_TOO_LARGE} on the filter. What a
 * field, an operator and its operand mean is the dialect's {@link Conditions}.
 */
public final class FilterTree {

    public static final int MAX_PARTS = 100;
    public static final String FILTER_TOO_LARGE = "FILTER_TOO_LARGE";
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    public static final String UNKNOWN_OPERATOR = "UNKNOWN_OPERATOR";

    /** A dialect's fields and operators. */
    public interface Conditions {

        /** Refuses ({@value #UNKNOWN_FIELD}, on {@code path}) a key that names no field the dialect filters on. */
        void requireField(String key, String path);

        /**
         * The condition of {@code operator} (a token such as {@code $eq}; {@code $eq} for a bare value) with
         * {@code operand} on field {@code key}, refusing an unknown operator on {@code operatorPath}; the operand's
         * values are counted against the filter's bound with {@code values}.
         */
        ProductFilter condition(
                String key, String operator, JsonValue operand, String fieldPath, String operatorPath, Values values);
    }

    /** Counts a filter's values against its bound. */
    public interface Values {
        void count(int more, String path);
    }

    private final Conditions conditions;
    private final String root;
    private int parts;
    private int values;

    private FilterTree(Conditions conditions, String root) {
        this.conditions = conditions;
        this.root = root;
    }

    /** Reads the filter at {@code path}; an empty object keeps everything. */
    public static ProductFilter read(JsonValue filter, String path, Conditions conditions) {
        return new FilterTree(conditions, path).filter(filter, path);
    }

    /** A string, a number or a boolean. */
    public static Object scalar(JsonValue value, String path) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default ->
                throw new ValidationException(path, JsonInput.INVALID_TYPE, "must be a string, a number or a boolean");
        };
    }

    /** An array of scalars. */
    public static List<Object> list(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new ValidationException(path, JsonInput.INVALID_TYPE, "must be an array of values");
        }
        JsonArray array = value.asJsonArray();
        List<Object> list = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            list.add(scalar(array.get(i), path + "[" + i + "]"));
        }
        return list;
    }

    private ProductFilter filter(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ValidationException(path, JsonInput.INVALID_TYPE, "must be an object");
        }
        List<ProductFilter> found = new ArrayList<>();
        for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
            String key = entry.getKey();
            String keyPath = path + "." + key;
            if (key.startsWith("$")) {
                countPart(keyPath);
            }
            switch (key) {
                case "$and" -> found.add(new ProductFilter.And(filters(entry.getValue(), keyPath)));
                case "$or" -> found.add(new ProductFilter.Or(filters(entry.getValue(), keyPath)));
                case "$not" -> found.add(new ProductFilter.Not(filter(entry.getValue(), keyPath)));
                default -> found.add(field(key, entry.getValue(), keyPath));
            }
        }
        if (found.isEmpty()) {
            return ProductFilter.ALL;
        }
        return found.size() == 1 ? found.get(0) : new ProductFilter.And(found);
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

    /** {@code "name": "x"} (an implicit {@code $eq}) or {@code "name": {"$startsWith": "x", ...}}. */
    private ProductFilter field(String key, JsonValue value, String path) {
        if (key.startsWith("$")) {
            throw new ValidationException(
                    path,
                    UNKNOWN_OPERATOR,
                    "is not an operator here; use $and, $or or $not to combine filters, or a field name");
        }
        conditions.requireField(key, path);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            countPart(path);
            return conditions.condition(key, "$eq", value, path, path, this::countValues);
        }
        JsonObject operators = value.asJsonObject();
        List<ProductFilter> found = new ArrayList<>();
        for (Map.Entry<String, JsonValue> entry : operators.entrySet()) {
            String operatorPath = path + "." + entry.getKey();
            countPart(operatorPath);
            found.add(
                    conditions.condition(key, entry.getKey(), entry.getValue(), path, operatorPath, this::countValues));
        }
        if (found.isEmpty()) {
            throw new ValidationException(path, ErrorCodes.REQUIRED, "must name an operator");
        }
        return found.size() == 1 ? found.get(0) : new ProductFilter.And(found);
    }

    private void countValues(int more, String path) {
        values += more;
        if (values > ProductFilter.MAX_VALUES_IN_ALL) {
            throw new ValidationException(
                    root,
                    FILTER_TOO_LARGE,
                    "may hold at most " + ProductFilter.MAX_VALUES_IN_ALL + " values in all its conditions (more at "
                            + path + ")");
        }
    }

    private void countPart(String path) {
        if (++parts > MAX_PARTS) {
            throw new ValidationException(
                    root,
                    FILTER_TOO_LARGE,
                    "may hold at most " + MAX_PARTS + " conditions and $and, $or, $not operators (more at " + path
                            + ")");
        }
    }
}
