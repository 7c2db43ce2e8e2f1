package io.catalog.web.v3;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the records of Catalog V3 answers ({@link V3ProductDto} and what a page or a search holds) as JSON with a
 * JSON-P streaming generator: the same bytes JSON-B writes for them (each record's properties in its
 * {@code @JsonbPropertyOrder}, the others after them by name; null properties left out), for any record, so a
 * component added to a V3 record is written without a change here. JSON-B checks every object it writes against the
 * objects it is inside of, which hashes each record, whole, at every level of nesting: in a V3 crawl's profile the
 * records' {@code hashCode} alone took a fifth of the samples, and JSON-B a further fifth. Here each record type's
 * accessors are looked up once, as functions. {@code V3JsonTest} holds this writer to JSON-B's output for every record reachable from
 * the V3 answers; a record component carrying a JSON-B annotation other than the property order is refused when its
 * type is first written, rather than written differently from JSON-B.
 */
final class V3Json {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** How each record type is written: its properties in JSON-B's order. */
    private static final ClassValue<List<Property>> SHAPES = new ClassValue<>() {
        @Override
        protected List<Property> computeValue(Class<?> type) {
            return shapeOf(type);
        }
    };

    private record Property(String name, Function<Object, Object> accessor) {}

    private V3Json() {}

    /** {@code value} (a record) as UTF-8 JSON. */
    static byte[] toJson(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            value(json, value);
        }
        return out.toByteArray();
    }

    /**
     * A 200 answer of {@code value} (a record) as {@code application/json}, written straight to the connection: a page
     * of 100 products with their variants is about a megabyte, which a byte array would copy as it grows.
     */
    static Response ok(Object value) {
        StreamingOutput body = output -> {
            try (JsonGenerator json = GENERATORS.createGenerator(new NotClosed(output))) {
                value(json, value);
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The connection's stream, left open for the server when the generator closes (it flushes it). */
    private static final class NotClosed extends FilterOutputStream {

        NotClosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Writes a value in an array, or the top-level value. */
    static void value(JsonGenerator json, Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.write(text);
        } else if (value instanceof Boolean bool) {
            json.write(bool);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte) {
            json.write(((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal) {
            json.write(decimal);
        } else if (value instanceof BigInteger integer) {
            json.write(integer);
        } else if (value instanceof Double || value instanceof Float) {
            json.write(((Number) value).doubleValue());
        } else if (value instanceof JsonValue jsonValue) {
            json.write(jsonValue);
        } else if (value instanceof Enum<?> constant) {
            json.write(constant.name());
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                value(json, item);
            }
            json.writeEnd();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            entries(json, map);
            json.writeEnd();
        } else if (value instanceof Record record) {
            json.writeStartObject();
            properties(json, record);
            json.writeEnd();
        } else {
            throw new IllegalArgumentException(
                    "cannot write a " + value.getClass().getName() + " as V3 JSON");
        }
    }

    /** Writes a property: nothing when {@code value} is null. */
    static void property(JsonGenerator json, String name, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            json.write(name, text);
        } else if (value instanceof Boolean bool) {
            json.write(name, bool);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte) {
            json.write(name, ((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal) {
            json.write(name, decimal);
        } else if (value instanceof BigInteger integer) {
            json.write(name, integer);
        } else if (value instanceof Double || value instanceof Float) {
            json.write(name, ((Number) value).doubleValue());
        } else if (value instanceof JsonValue jsonValue) {
            json.write(name, jsonValue);
        } else if (value instanceof Enum<?> constant) {
            json.write(name, constant.name());
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray(name);
            for (Object item : items) {
                value(json, item);
            }
            json.writeEnd();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject(name);
            entries(json, map);
            json.writeEnd();
        } else if (value instanceof Record record) {
            json.writeStartObject(name);
            properties(json, record);
            json.writeEnd();
        } else {
            throw new IllegalArgumentException(
                    "cannot write a " + value.getClass().getName() + " as V3 JSON");
        }
    }

    /** Writes a record's properties into the object already started. */
    static void properties(JsonGenerator json, Record record) {
        for (Property property : SHAPES.get(record.getClass())) {
            property(json, property.name(), property.accessor().apply(record));
        }
    }

    private static void entries(JsonGenerator json, Map<?, ?> map) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            // JSON-B writes a null entry of a map as null.
            if (entry.getValue() == null) {
                json.writeNull(String.valueOf(entry.getKey()));
            } else {
                property(json, String.valueOf(entry.getKey()), entry.getValue());
            }
        }
    }

    private static List<Property> shapeOf(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        List<RecordComponent> components = new ArrayList<>(Arrays.asList(type.getRecordComponents()));
        List<Property> ordered = new ArrayList<>(components.size());
        JsonbPropertyOrder order = type.getAnnotation(JsonbPropertyOrder.class);
        if (order != null) {
            for (String name : order.value()) {
                components.stream()
                        .filter(c -> c.getName().equals(name))
                        .findFirst()
                        .ifPresent(c -> {
                            components.remove(c);
                            ordered.add(property(c));
                        });
            }
        }
        components.sort(Comparator.comparing(RecordComponent::getName));
        components.forEach(c -> ordered.add(property(c)));
        return List.copyOf(ordered);
    }

    private static Property property(RecordComponent component) {
        refuseBindingAnnotations(component, component.getAnnotations());
        refuseBindingAnnotations(component, component.getAccessor().getAnnotations());
        return new Property(component.getName(), accessor(component.getAccessor()));
    }

    /**
     * The accessor as a function made once (a call through it costs about what a direct call does, unlike a reflective
     * call per property written).
     */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(Method accessor) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(accessor.getDeclaringClass(), LOOKUP);
            MethodHandle handle = lookup.unreflect(accessor);
            return (Function<Object, Object>) LambdaMetafactory.metafactory(
                            lookup,
                            "apply",
                            MethodType.methodType(Function.class),
                            MethodType.methodType(Object.class, Object.class),
                            handle,
                            MethodType.methodType(
                                    MethodType.methodType(accessor.getReturnType())
                                            .wrap()
                                            .returnType(),
                                    accessor.getDeclaringClass()))
                    .getTarget()
                    .invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }

    private static void refuseBindingAnnotations(RecordComponent component, Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getPackageName().equals("jakarta.json.bind.annotation")) {
                throw new IllegalStateException(component.getDeclaringRecord().getName() + "." + component.getName()
                        + " carries @" + annotation.annotationType().getSimpleName()
                        + ", which V3Json does not apply: write it as JSON-B would, and test it in V3JsonTest");
            }
        }
    }
}
