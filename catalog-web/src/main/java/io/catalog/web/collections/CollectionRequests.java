package io.catalog.web.collections;

import io.catalog.domain.application.CollectionService.CollectionCommand;
import io.catalog.domain.collection.CollectionQuery;
import io.catalog.domain.product.query.Paging;
import io.catalog.domain.product.query.QueryOperator;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import io.catalog.web.products.ProductQueryRequests;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/** Reads collection request bodies; the rules on the values are the domain's. */
public final class CollectionRequests {

    static final String COLLECTION = "collection";
    private static final String FILTER = "query.filter";

    private CollectionRequests() {}

    static CollectionCommand command(JsonInput body) {
        JsonInput c = body.requiredObject(COLLECTION);
        return new CollectionCommand(c.string("name"), c.string("slug"), c.string("description"), c.bool("visible"));
    }

    static OptionalLong revision(JsonInput body) {
        JsonInput c = body.object(COLLECTION);
        Long revision = c == null ? null : c.longValue("revision");
        return revision == null ? OptionalLong.empty() : OptionalLong.of(revision);
    }

    static List<String> productIds(JsonInput body) {
        return body.strings("productIds");
    }

    /** {@code {"query": {"filter": {"name": ..., "id": ...}, "sort": [{"name": "asc"}], "paging": {...}}}}. */
    public static CollectionQuery query(JsonInput body, boolean visibleOnly) {
        JsonInput query = body.object("query");
        if (query == null) {
            return new CollectionQuery(List.of(), CollectionQuery.Field.NAME, true, Paging.FIRST_PAGE, visibleOnly);
        }
        List<CollectionQuery.Condition> conditions = new ArrayList<>();
        JsonValue filter = query.structured("filter");
        if (filter != null) {
            if (filter.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ValidationException(FILTER, JsonInput.INVALID_TYPE, "must be an object");
            }
            for (Map.Entry<String, JsonValue> entry : filter.asJsonObject().entrySet()) {
                conditions.addAll(conditions(entry.getKey(), entry.getValue(), FILTER + "." + entry.getKey()));
            }
        }
        CollectionQuery.Field sortField = CollectionQuery.Field.NAME;
        boolean ascending = true;
        JsonValue sort = query.structured("sort");
        if (sort != null) {
            if (sort.getValueType() != JsonValue.ValueType.ARRAY
                    || sort.asJsonArray().size() != 1
                    || sort.asJsonArray().get(0).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ValidationException(
                        "query.sort",
                        JsonInput.INVALID_TYPE,
                        "must be an array with one sort key, e.g. [{\"name\": \"asc\"}]");
            }
            JsonObject key = sort.asJsonArray().getJsonObject(0);
            String fieldName;
            String order;
            if (key.containsKey("fieldName")) {
                fieldName = string(key.get("fieldName"), "query.sort[0].fieldName");
                order = key.containsKey("order") ? string(key.get("order"), "query.sort[0].order") : "asc";
            } else if (key.size() == 1) {
                fieldName = key.keySet().iterator().next();
                order = string(key.get(fieldName), "query.sort[0]." + fieldName);
            } else {
                throw new ValidationException(
                        "query.sort[0]", JsonInput.INVALID_TYPE, "must name one field, e.g. {\"name\": \"asc\"}");
            }
            sortField = field(fieldName, "query.sort[0]." + fieldName);
            ascending = switch (order.toLowerCase(Locale.ROOT)) {
                case "asc" -> true;
                case "desc" -> false;
                default ->
                    throw new ValidationException(
                            "query.sort[0]." + fieldName, ErrorCodes.UNKNOWN_ENUM_VALUE, "must be asc or desc");
            };
        }
        JsonInput paging = query.object("paging");
        return new CollectionQuery(conditions, sortField, ascending, ProductQueryRequests.paging(paging), visibleOnly);
    }

    private static List<CollectionQuery.Condition> conditions(String key, JsonValue value, String path) {
        CollectionQuery.Field field = field(key, path);
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            return List.of(CollectionQuery.Condition.of(
                    field, QueryOperator.EQ, List.of(((JsonString) value).getString()), path));
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ValidationException(path, JsonInput.INVALID_TYPE, "must be a string or an object of operators");
        }
        List<CollectionQuery.Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, JsonValue> op : value.asJsonObject().entrySet()) {
            String opPath = path + "." + op.getKey();
            QueryOperator operator = QueryOperator.fromToken(op.getKey())
                    .orElseThrow(() -> new ValidationException(opPath, "UNKNOWN_OPERATOR", "is not an operator"));
            conditions.add(CollectionQuery.Condition.of(field, operator, strings(op.getValue(), opPath), path));
        }
        return conditions;
    }

    private static CollectionQuery.Field field(String name, String path) {
        return switch (name) {
            case "name" -> CollectionQuery.Field.NAME;
            case "id" -> CollectionQuery.Field.ID;
            default ->
                throw new ValidationException(
                        path,
                        "UNKNOWN_FIELD",
                        "is not a field collections can be" + " filtered or sorted on; fields: name, id");
        };
    }

    private static String string(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new ValidationException(path, JsonInput.INVALID_TYPE, "must be a string");
        }
        return ((JsonString) value).getString();
    }

    private static List<String> strings(JsonValue value, String path) {
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            return List.of(((JsonString) value).getString());
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArray array = value.asJsonArray();
            List<String> values = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).getValueType() != JsonValue.ValueType.STRING) {
                    throw new ValidationException(path + "[" + i + "]", JsonInput.INVALID_TYPE, "must be a string");
                }
                values.add(array.getString(i));
            }
            return values;
        }
        throw new ValidationException(path, JsonInput.INVALID_TYPE, "must be a string or an array of strings");
    }
}
