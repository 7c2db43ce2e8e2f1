package io.catalog.web.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonBodyReader;
import io.catalog.web.json.JsonInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The bound on a filter's size, checked as the filter is read, before anything is built from it. */
class ProductQueryRequestsTest {

    @Test
    void aFilterOf100PartsIsRead() throws IOException {
        // $or itself and 99 conditions.
        ProductQuery query = read(or(99, "{\"name\": \"x\"}"));

        assertThat(query.filter())
                .isInstanceOfSatisfying(
                        ProductFilter.Or.class, or -> assertThat(or.parts()).hasSize(99));
    }

    @Test
    void aFilterOfMoreThan100PartsIsRefused() {
        assertRefused(or(100, "{\"name\": \"x\"}"), "query.filter.$or[99].name");
        assertRefused(or(10_000, "{\"name\": \"x\"}"), "query.filter.$or[99].name");
        // Each operator of a field counts: 50 conditions of two operators each, plus the $or.
        assertRefused(or(50, "{\"price\": {\"$gt\": 1, \"$lt\": 5}}"), "query.filter.$or[49].price.$lt");
        // Sent as a string, as the Wix documentation sends filters.
        assertRefused(
                "{\"query\": {\"filter\": \"{\\\"$and\\\": ["
                        + String.join(", ", Collections.nCopies(120, "{\\\"sku\\\": \\\"a\\\"}")) + "]}\"}}",
                "query.filter.$and[99].sku");
    }

    @Test
    void nestedOperatorsCountToo() throws IOException {
        // 55 $not around an $or of 45 conditions is 101 parts, within the nesting limit.
        String nested = "{\"$not\": ".repeat(55) + "{\"$or\": ["
                + String.join(", ", Collections.nCopies(45, "{\"name\": \"x\"}")) + "]}" + "}".repeat(55);
        assertRefused("{\"query\": {\"filter\": " + nested + "}}", ".$or[44].name");
        String fewer = "{\"$not\": ".repeat(55) + "{\"$or\": ["
                + String.join(", ", Collections.nCopies(44, "{\"name\": \"x\"}")) + "]}" + "}".repeat(55);
        assertThat(read("{\"query\": {\"filter\": " + fewer + "}}").filter()).isInstanceOf(ProductFilter.Not.class);
    }

    @Test
    void aFilterOfMoreThan1000ValuesInAllIsRefused() throws IOException {
        String values600 = "[" + String.join(", ", Collections.nCopies(600, "\"S\"")) + "]";
        assertThat(read("{\"query\": {\"filter\": {\"options.Size\": {\"$hasSome\": " + values600 + "}}}}")
                        .filter())
                .isInstanceOf(ProductFilter.Condition.class);
        String twice = "{\"query\": {\"filter\": {\"options.Size\": {\"$hasSome\": " + values600
                + "}, \"options.Color\": {\"$hasSome\": " + values600 + "}}}}";
        assertThatThrownBy(() -> read(twice)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.code()).isEqualTo(ProductQueryRequests.FILTER_TOO_LARGE);
            assertThat(e.field()).isEqualTo("query.filter");
            assertThat(e.getMessage()).contains("at most 1000 values").contains("options.Color.$hasSome");
        });
    }

    private static String or(int count, String filter) {
        return "{\"query\": {\"filter\": {\"$or\": [" + String.join(", ", Collections.nCopies(count, filter)) + "]}}}";
    }

    private static void assertRefused(String body, String at) {
        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.code()).isEqualTo(ProductQueryRequests.FILTER_TOO_LARGE);
            assertThat(e.field()).isEqualTo("query.filter");
            assertThat(e.getMessage()).contains("at most 100").contains(at);
        });
    }

    private static ProductQuery read(String body) throws IOException {
        JsonInput input = new JsonBodyReader(JsonBodyReader.DEFAULT_MAX_BODY_BYTES)
                .read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        return ProductQueryRequests.read(input, false);
    }
}
