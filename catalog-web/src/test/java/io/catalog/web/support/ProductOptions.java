package io.catalog.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A product's {@code productOptions} array for request bodies: each option a name and its choices' values, in the
 * order added. {@link #toString} is the array as JSON text.
 */
public final class ProductOptions {

    private static final String[] NAMES = {"Size", "Color", "Material", "Fit", "Style", "Length"};

    private final List<Option> options = new ArrayList<>();

    private record Option(String name, List<String> values) {}

    private ProductOptions() {}

    /** No options: {@code []}. */
    public static ProductOptions none() {
        return new ProductOptions();
    }

    /** {@code count} options named o0, o1... with {@code choices} choices each, valued c0, c1... */
    public static ProductOptions generated(int count, int choices) {
        ProductOptions options = none();
        for (int o = 0; o < count; o++) {
            options.option("o" + o, values("c", choices));
        }
        return options;
    }

    /**
     * Options named Size, Color, Material, Fit, Style and Length, in that order, with {@code choices[o]} choices each,
     * valued by the option's initial: S0, S1..., C0, C1...
     */
    public static ProductOptions sized(int... choices) {
        ProductOptions options = none();
        for (int o = 0; o < choices.length; o++) {
            options.option(NAMES[o], values(NAMES[o].substring(0, 1), choices[o]));
        }
        return options;
    }

    /** {@code count} choice values: prefix0, prefix1... */
    public static String[] values(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toArray(String[]::new);
    }

    /** Adds an option of these choice values. */
    public ProductOptions option(String name, String... values) {
        options.add(new Option(name, List.of(values)));
        return this;
    }

    /** A copy, to add more options to without changing these. */
    public ProductOptions copy() {
        ProductOptions copy = none();
        copy.options.addAll(options);
        return copy;
    }

    /** The array: {@code [{"name": ..., "choices": [{"value": ...}, ...]}, ...]}. */
    public JsonArray json() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Option option : options) {
            JsonArrayBuilder choices = Json.createArrayBuilder();
            option.values()
                    .forEach(value -> choices.add(Json.createObjectBuilder().add("value", value)));
            array.add(Json.createObjectBuilder().add("name", option.name()).add("choices", choices));
        }
        return array.build();
    }

    @Override
    public String toString() {
        return json().toString();
    }
}
