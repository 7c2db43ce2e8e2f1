package io.catalog.web.json;

import io.catalog.domain.shared.ValidationException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Typed, path-aware reading of a JSON request object. A field that is absent or {@code null} reads as
 * {@code null} ("not sent"); a field of the wrong JSON type is a {@link ValidationException} naming its full path
 * (e.g. {@code product.productOptions[0].name}). Fields the API does not read (read-only fields sent back, say)
 * are ignored, so a product read from the API can be sent back as it is. Request bodies arrive as a {@code JsonInput}
 * read by {@link JsonBodyReader}.
 */
@Schema(type = SchemaType.OBJECT, description = "A JSON object")
public final class JsonInput {

    public static final String INVALID_TYPE = "INVALID_TYPE";

    private final JsonObject object;
    private final String path;

    private JsonInput(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    /** An object found at {@code path} of a body (read as JSON first), read with its errors named under that path. */
    public static JsonInput nested(JsonObject object, String path) {
        return new JsonInput(object, path);
    }

    /** The request body, which must be a JSON object. */
    public static JsonInput body(JsonValue body) {
        if (body == null || body.getValueType() == JsonValue.ValueType.NULL) {
            return new JsonInput(JsonValue.EMPTY_JSON_OBJECT, "");
        }
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ValidationException("body", INVALID_TYPE, "must be a JSON object");
        }
        return new JsonInput(body.asJsonObject(), "");
    }

    public String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public boolean has(String field) {
        return object.containsKey(field) && object.get(field).getValueType() != JsonValue.ValueType.NULL;
    }

    /** The names of the fields sent (also those sent as {@code null}), in the order sent. */
    public java.util.Set<String> fieldNames() {
        return object.keySet();
    }

    /**
     * A decimal number sent as a JSON number or as a string holding one (as Catalog V3 sends amounts, {@code "9.50"});
     * {@code null} when absent.
     */
    public BigDecimal decimalOrString(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            String text = ((JsonString) value).getString().strip();
            BigDecimal number;
            try {
                number = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw wrongType(field, "a decimal number");
            }
            // The bounds a JSON number has (StrictJson): "1e999999999" would otherwise be rounded into a number of a
            // billion digits.
            long leading = (long) number.precision() - number.scale() - 1;
            long trailing = -(long) number.scale();
            if (text.length() > StrictJson.MAX_NUMBER_LENGTH
                    || number.precision() > StrictJson.MAX_DIGITS
                    || Math.abs(leading) > StrictJson.MAX_EXPONENT
                    || Math.abs(trailing) > StrictJson.MAX_EXPONENT) {
                throw new ValidationException(
                        path(field),
                        RejectedBodyException.NUMBER_OUT_OF_RANGE,
                        "must be a number of at most " + StrictJson.MAX_DIGITS + " digits, between 1e-"
                                + StrictJson.MAX_EXPONENT + " and 1e" + StrictJson.MAX_EXPONENT + " in size");
            }
            return number;
        }
        return decimal(field);
    }

    /** Whether the field is sent as JSON {@code null} (in a PATCH: "remove the value"). */
    public boolean sentAsNull(String field) {
        return object.containsKey(field) && object.get(field).getValueType() == JsonValue.ValueType.NULL;
    }

    /**
     * A field that may be sent as JSON or, as the Wix documentation sends query filters and sorts, as JSON encoded
     * in a string; {@code null} when absent or an empty string. The string is read as strictly as a request body
     * ({@link StrictJson}), its errors naming the field.
     */
    public JsonValue structured(String field) {
        JsonValue value = value(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.STRING) {
            return value;
        }
        String text = ((JsonString) value).getString().trim();
        if (text.isEmpty()) {
            return null;
        }
        return StrictJson.read(new java.io.StringReader(text), path(field));
    }

    /** A nested object, or {@code null} when absent. */
    public JsonInput object(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw wrongType(field, "an object");
        }
        return new JsonInput(value.asJsonObject(), path(field));
    }

    /** A nested object as sent, JSON-P's, or {@code null} when absent: for JSON kept as it is (extended fields). */
    public JsonObject rawObject(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw wrongType(field, "an object");
        }
        return value.asJsonObject();
    }

    /** A required nested object. */
    public JsonInput requiredObject(String field) {
        JsonInput nested = object(field);
        if (nested == null) {
            throw new ValidationException(path(field), "REQUIRED", "is required");
        }
        return nested;
    }

    public String string(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw wrongType(field, "a string");
        }
        return ((JsonString) value).getString();
    }

    public BigDecimal decimal(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw wrongType(field, "a number");
        }
        return ((JsonNumber) value).bigDecimalValue();
    }

    public Integer integer(String field) {
        BigDecimal value = decimal(field);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw wrongType(field, "a whole number within the 32-bit range");
        }
    }

    /** A whole number sent as a JSON number or as a string of digits (64-bit ids and revisions travel as strings). */
    public Long longValue(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        try {
            if (value.getValueType() == JsonValue.ValueType.STRING) {
                return Long.parseLong(((JsonString) value).getString());
            }
            if (value.getValueType() == JsonValue.ValueType.NUMBER) {
                return ((JsonNumber) value).bigDecimalValue().longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        throw wrongType(field, "a whole number");
    }

    public Boolean bool(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> throw wrongType(field, "true or false");
        };
    }

    /** The elements of an array of objects, each read by {@code reader}; {@code null} when absent. */
    public <T> List<T> objects(String field, Function<JsonInput, T> reader) {
        JsonArray array = array(field);
        if (array == null) {
            return null;
        }
        List<T> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue element = array.get(i);
            String elementPath = path(field) + "[" + i + "]";
            if (element.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ValidationException(elementPath, INVALID_TYPE, "must be an object");
            }
            result.add(reader.apply(new JsonInput(element.asJsonObject(), elementPath)));
        }
        return result;
    }

    /** An array of strings; {@code null} when absent. */
    public List<String> strings(String field) {
        JsonArray array = array(field);
        if (array == null) {
            return null;
        }
        List<String> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue element = array.get(i);
            if (element.getValueType() != JsonValue.ValueType.STRING) {
                throw new ValidationException(path(field) + "[" + i + "]", INVALID_TYPE, "must be a string");
            }
            result.add(((JsonString) element).getString());
        }
        return result;
    }

    /** An object whose values are all strings, in the order sent; {@code null} when absent. */
    public Map<String, String> stringMap(String field) {
        JsonInput nested = object(field);
        if (nested == null) {
            return null;
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (String key : nested.object.keySet()) {
            String value = nested.string(key);
            if (value == null) {
                throw new ValidationException(nested.path(key), INVALID_TYPE, "must be a string");
            }
            result.put(key, value);
        }
        return result;
    }

    private JsonArray array(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw wrongType(field, "an array");
        }
        return value.asJsonArray();
    }

    private JsonValue value(String field) {
        JsonValue value = object.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    private ValidationException wrongType(String field, String expected) {
        return new ValidationException(path(field), INVALID_TYPE, "must be " + expected);
    }
}
