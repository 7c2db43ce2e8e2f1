package io.catalog.web.v3;

import io.catalog.domain.product.ProductType;
import io.catalog.domain.product.query.Keyset;
import io.catalog.domain.product.query.Paging;
import io.catalog.domain.product.query.ProductField;
import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.QueryOperator;
import io.catalog.domain.product.query.SortOrder;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import io.catalog.web.json.RejectedBodyException;
import io.catalog.web.json.StrictJson;
import io.catalog.web.query.FilterTree;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads Catalog V3 query bodies: {@code {"query": {"filter", "sort", "cursorPaging": {"limit", "cursor"}}}} and the
 * {@code filter} of a count. V3 field names map onto the catalog's query fields ({@link #FIELDS}); the operators are
 * the query language's ({@code $eq $ne $in $nin $hasSome $lt $lte $gt $gte $startsWith $contains}, each where the
 * field allows it) combined with {@code $and}, {@code $or} and {@code $not}. Every error names the offending path.
 */
final class V3QueryRequests {

    static final String UNKNOWN_FIELD = FilterTree.UNKNOWN_FIELD;
    static final String UNKNOWN_OPERATOR = FilterTree.UNKNOWN_OPERATOR;
    static final String FILTER_TOO_LARGE = FilterTree.FILTER_TOO_LARGE;
    static final int MAX_FILTER_PARTS = FilterTree.MAX_PARTS;
    static final int MAX_SORT_KEYS = 3;

    /**
     * The V3 fields a filter may name, and the catalog field each compares. {@code actualPriceRange.minValue.amount}
     * compares the product's own price (before its discount; a managed variant's own price is not seen), as v1's
     * {@code price} does; {@code productType} {@code PHYSICAL} also finds products of v1's unspecified type.
     */
    static final Map<String, ProductField> FIELDS = fields();

    /** The V3 fields a query may sort on. */
    static final Set<ProductField> SORTABLE = EnumSet.of(
            ProductField.ID,
            ProductField.NAME,
            ProductField.SLUG,
            ProductField.CREATED_DATE,
            ProductField.LAST_UPDATED,
            ProductField.PRICE);

    private static Map<String, ProductField> fields() {
        Map<String, ProductField> fields = new LinkedHashMap<>();
        fields.put("id", ProductField.ID);
        fields.put("name", ProductField.NAME);
        fields.put("slug", ProductField.SLUG);
        fields.put("visible", ProductField.VISIBLE);
        fields.put("productType", ProductField.PRODUCT_TYPE);
        fields.put("createdDate", ProductField.CREATED_DATE);
        fields.put("updatedDate", ProductField.LAST_UPDATED);
        fields.put("actualPriceRange.minValue.amount", ProductField.PRICE);
        fields.put("handle", ProductField.HANDLE);
        fields.put("brand.name", ProductField.BRAND_NAME);
        fields.put("ribbon.name", ProductField.RIBBON_NAME);
        fields.put("directCategoriesInfo.categories.id", ProductField.COLLECTION_ID);
        fields.put("allCategoriesInfo.categories.id", ProductField.CATEGORY_ID);
        return Map.copyOf(fields);
    }

    /** A query body as sent: its parts still JSON, read by {@link #filter}, {@link #sort} and {@link #limit}. */
    record Request(JsonValue filter, JsonValue sort, Integer limit, String cursor) {}

    private V3QueryRequests() {}

    static Request read(JsonInput body) {
        JsonInput query = body.object("query");
        if (query == null) {
            return new Request(null, null, null, null);
        }
        JsonInput paging = query.object("cursorPaging");
        String cursor = paging == null ? null : paging.string("cursor");
        return new Request(
                query.structured("filter"),
                query.structured("sort"),
                paging == null ? null : paging.integer("limit"),
                cursor == null || cursor.isEmpty() ? null : cursor);
    }

    /** A page size: 1 to 100, 100 when not sent. */
    static int limit(Integer limit, String path) {
        if (limit == null) {
            return Paging.DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > Paging.MAX_LIMIT) {
            throw new ValidationException(
                    path,
                    ErrorCodes.OUT_OF_RANGE,
                    "must be between 1 and " + Paging.MAX_LIMIT + " (was " + limit + ")");
        }
        return limit;
    }

    /** The filter; everything when {@code value} is null. */
    static ProductFilter filter(JsonValue value, String path) {
        return value == null ? ProductFilter.ALL : FilterTree.read(value, path, V3Conditions.INSTANCE);
    }

    /** {@code [{"fieldName": "name", "order": "ASC"}]}: at most {@value #MAX_SORT_KEYS} distinct keys. */
    static List<SortOrder> sort(JsonValue value, String path) {
        if (value == null) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new ValidationException(
                    path,
                    JsonInput.INVALID_TYPE,
                    "must be an array such as [{\"fieldName\": \"name\", \"order\": \"ASC\"}]");
        }
        JsonArray array = value.asJsonArray();
        if (array.size() > MAX_SORT_KEYS) {
            throw new ValidationException(
                    path,
                    ErrorCodes.OUT_OF_RANGE,
                    "may name at most " + MAX_SORT_KEYS + " fields (was " + array.size() + ")");
        }
        List<SortOrder> sort = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String keyPath = path + "[" + i + "]";
            JsonObject key = object(array.get(i), keyPath);
            if (!key.containsKey("fieldName")) {
                throw new ValidationException(keyPath + ".fieldName", ErrorCodes.REQUIRED, "is required");
            }
            String fieldName = string(key.get("fieldName"), keyPath + ".fieldName");
            ProductField field = FIELDS.get(fieldName);
            if (field == null || !SORTABLE.contains(field)) {
                throw new ValidationException(
                        keyPath + ".fieldName",
                        UNKNOWN_FIELD,
                        "is not a field products can be sorted on; fields: id, name, slug, createdDate, updatedDate,"
                                + " actualPriceRange.minValue.amount");
            }
            if (sort.stream().anyMatch(s -> s.field() == field)) {
                throw new ValidationException(keyPath + ".fieldName", ErrorCodes.NOT_ALLOWED, "is already sorted on");
            }
            String order = key.containsKey("order") ? string(key.get("order"), keyPath + ".order") : "ASC";
            boolean ascending = switch (order.toUpperCase(Locale.ROOT)) {
                case "ASC" -> true;
                case "DESC" -> false;
                default ->
                    throw new ValidationException(
                            keyPath + ".order",
                            ErrorCodes.UNKNOWN_ENUM_VALUE,
                            "must be ASC or DESC (was \"" + Excerpt.of(order) + "\")");
            };
            if (!Keyset.pageable(field)) {
                throw new IllegalStateException(field + " is sortable but cannot page by keys");
            }
            sort.add(new SortOrder(field, ascending));
        }
        return sort;
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

    /** The V3 fields and operators of a filter, read by {@link FilterTree}, which bounds it as v1 queries. */
    private static final class V3Conditions implements FilterTree.Conditions {

        static final V3Conditions INSTANCE = new V3Conditions();

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
                FilterTree.Values counted) {
            ProductField field = field(key, fieldPath);
            boolean list = token.equals("$in") || token.equals("$nin") || token.equals("$hasSome");
            List<Object> values =
                    list ? FilterTree.list(operand, operatorPath) : List.of(FilterTree.scalar(operand, operatorPath));
            counted.count(values.size(), operatorPath);
            return condition(field, token, values, fieldPath, operatorPath);
        }

        private static ProductField field(String key, String path) {
            ProductField field = FIELDS.get(key);
            if (field == null) {
                throw new ValidationException(
                        path,
                        UNKNOWN_FIELD,
                        "is not a field products can be filtered on; fields: " + String.join(", ", FIELDS.keySet()));
            }
            return field;
        }

        /** One condition of the V3 operator {@code token} on a field; {@code $nin} is not {@code $in}. */
        private ProductFilter condition(
                ProductField field, String token, List<Object> rawValues, String path, String opPath) {
            boolean negated = token.equals("$nin");
            QueryOperator operator = token.equals("$in") || negated
                    ? QueryOperator.HAS_SOME
                    : QueryOperator.fromToken(token)
                            .filter(op -> op != QueryOperator.HAS_ALL)
                            .orElseThrow(() -> new ValidationException(
                                    opPath,
                                    UNKNOWN_OPERATOR,
                                    "is not an operator; operators: $eq, $ne, $in, $nin, $hasSome, $lt, $lte, $gt,"
                                            + " $gte, $startsWith, $contains"));
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < rawValues.size(); i++) {
                String valuePath = operator.takesList() ? opPath + "[" + i + "]" : opPath;
                values.addAll(v3Values(field, rawValues.get(i), valuePath));
            }
            if (field == ProductField.PRODUCT_TYPE) {
                // PHYSICAL names two stored types: compare as a list.
                if (operator == QueryOperator.EQ) {
                    operator = QueryOperator.HAS_SOME;
                } else if (operator == QueryOperator.NE) {
                    operator = QueryOperator.HAS_SOME;
                    negated = true;
                }
            }
            field.requireAllows(operator, path);
            if (operator.takesList() && (values.isEmpty() || values.size() > ProductFilter.Condition.MAX_VALUES)) {
                throw new ValidationException(
                        opPath,
                        ErrorCodes.OUT_OF_RANGE,
                        "must list 1 to " + ProductFilter.Condition.MAX_VALUES + " values (was " + values.size() + ")");
            }
            List<Object> converted = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                converted.add(field.convert(values.get(i), operator.takesList() ? opPath + "[" + i + "]" : opPath));
            }
            ProductFilter condition = new ProductFilter.Condition(field, null, operator, converted);
            return negated ? new ProductFilter.Not(condition) : condition;
        }

        /** A V3 value as the catalog field takes it: amounts may be strings; product types are V3's. */
        private static List<Object> v3Values(ProductField field, Object value, String path) {
            if (field == ProductField.PRICE && value instanceof String amount) {
                BigDecimal parsed;
                try {
                    parsed = new BigDecimal(amount.strip());
                } catch (NumberFormatException e) {
                    throw new ValidationException(
                            path, ErrorCodes.INVALID_FORMAT, "must be an amount such as \"9.50\"");
                }
                // The bounds of a number in a body: an amount in a string must not reach the database beyond them.
                long leading = (long) parsed.precision() - parsed.scale() - 1;
                if (parsed.precision() > StrictJson.MAX_DIGITS
                        || Math.abs(leading) > StrictJson.MAX_EXPONENT
                        || Math.abs((long) parsed.scale()) > StrictJson.MAX_EXPONENT) {
                    throw new ValidationException(
                            path,
                            RejectedBodyException.NUMBER_OUT_OF_RANGE,
                            "must be an amount of at most " + StrictJson.MAX_DIGITS + " digits, at most 1e"
                                    + StrictJson.MAX_EXPONENT + " and at least 1e-" + StrictJson.MAX_EXPONENT
                                    + " in size");
                }
                return List.of(parsed);
            }
            if (field == ProductField.PRODUCT_TYPE) {
                if ("PHYSICAL".equals(value)) {
                    return List.of(ProductType.PHYSICAL.apiName(), ProductType.UNSPECIFIED.apiName());
                }
                if ("DIGITAL".equals(value)) {
                    return List.of(ProductType.DIGITAL.apiName());
                }
                throw new ValidationException(path, ErrorCodes.UNKNOWN_ENUM_VALUE, "must be PHYSICAL or DIGITAL");
            }
            return List.of(value);
        }
    }
}
