package io.catalog.web.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link V3Json} writes the same bytes as JSON-B for every record of the V3 answers: random instances of each, made by
 * reflection from the records' components (so a component added to a V3 record is covered without a change here), with
 * every optional part left out or set, strings that need escaping and numbers of every scale.
 */
class V3JsonTest {

    private static final List<Class<? extends Record>> ANSWERS = List.of(
            V3ProductResource.ProductEnvelope.class,
            V3ProductResource.QueryResponse.class,
            V3SearchResource.SearchResponse.class,
            V3ProductResource.CountResponse.class);

    private static final String[] TEXTS = {
        "",
        "T-shirt",
        "quote \" and \\ backslash",
        "tab\tnew\nline",
        "é ü 中文 😀",
        "\u0001\u001f control",
        "</script>",
        "1.0"
    };

    private static final String[] DECIMALS = {
        "0", "0.00", "10.5", "-3.25", "1E+3", "123456789012345678901234.5678", "0.0001", "1.0E-10", "100"
    };

    private static Jsonb jsonb;

    @BeforeAll
    static void createJsonb() {
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void closeJsonb() throws Exception {
        jsonb.close();
    }

    @Test
    void everyAnswerRecordIsWrittenAsJsonbWritesIt() {
        Random random = new Random(7);
        for (int run = 0; run < 300; run++) {
            for (Class<? extends Record> type : ANSWERS) {
                Object value = make(type, random, 0, run % 3);
                assertThat(new String(V3Json.toJson(value), StandardCharsets.UTF_8))
                        .as("%s, run %d", type.getSimpleName(), run)
                        .isEqualTo(jsonb.toJson(value));
            }
        }
    }

    @Test
    void everyPropertySetAndEveryPropertyLeftOutAreWrittenAsJsonbWritesThem() {
        for (int nulls : new int[] {0, 1}) {
            Random random = new Random(11);
            for (Class<? extends Record> type : ANSWERS) {
                Object value = make(type, random, 0, nulls == 0 ? 3 : 4);
                assertThat(new String(V3Json.toJson(value), StandardCharsets.UTF_8))
                        .isEqualTo(jsonb.toJson(value));
            }
        }
    }

    record Renamed(@JsonbProperty("other") String name) {}

    @Test
    void aComponentWithABindingAnnotationIsRefusedRatherThanWrittenWrongly() {
        assertThatThrownBy(() -> V3Json.toJson(new Renamed("x")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JsonbProperty");
    }

    /**
     * A random value of {@code type}. {@code mode}: 0 and 1 leave nullable parts out at random, 2 sets about half,
     * 3 sets every one, 4 leaves every one out.
     */
    private static Object make(Type type, Random random, int depth, int mode) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return TEXTS[random.nextInt(TEXTS.length)] + (random.nextBoolean() ? "" : random.nextInt(1000));
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return random.nextBoolean();
        }
        if (raw == int.class || raw == Integer.class) {
            return random.nextInt(2000) - 1000;
        }
        if (raw == long.class || raw == Long.class) {
            return random.nextLong();
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal(DECIMALS[random.nextInt(DECIMALS.length)]);
        }
        if (raw == Object.class) {
            return switch (random.nextInt(3)) {
                case 0 -> "text " + random.nextInt(10);
                case 1 -> random.nextInt(100);
                default -> random.nextBoolean();
            };
        }
        if (jakarta.json.JsonValue.class.isAssignableFrom(raw)) {
            return Json.createObjectBuilder()
                    .add("a", random.nextInt(10))
                    .add("b", Json.createArrayBuilder().add("x").add(1.5))
                    .add("c", "q\"uote")
                    .build();
        }
        if (List.class.isAssignableFrom(raw)) {
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            int size = depth > 4 ? 0 : random.nextInt(3) + (mode == 3 ? 1 : 0);
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                items.add(make(item, random, depth + 1, mode));
            }
            return items;
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type value = ((ParameterizedType) type).getActualTypeArguments()[1];
            Map<String, Object> map = new LinkedHashMap<>();
            int size = random.nextInt(3);
            for (int i = 0; i < size; i++) {
                map.put("k" + i + TEXTS[random.nextInt(TEXTS.length)], make(value, random, depth + 1, mode));
            }
            return map;
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                boolean nullable = !types[i].isPrimitive();
                boolean leaveOut = nullable
                        && switch (mode) {
                            case 3 -> false;
                            case 4 -> true;
                            case 2 -> random.nextBoolean();
                            default -> random.nextInt(4) == 0 || depth > 5;
                        };
                values[i] = leaveOut ? null : make(components[i].getGenericType(), random, depth + 1, mode);
            }
            try {
                var constructor = raw.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("V3JsonTest cannot make a " + type + ": teach it");
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unexpected type " + type);
    }
}
