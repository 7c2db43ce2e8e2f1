package io.catalog.web.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.product.query.ProductField;
import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.QueryOperator;
import io.catalog.domain.shared.ValidationException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shared filter tree: its structure, its bounds and where its errors point, whatever the dialect's fields. */
class FilterTreeTest {

    /** A dialect of one field, {@code name}, that records what it is asked. */
    private final List<String> asked = new ArrayList<>();

    private final FilterTree.Conditions nameOnly = new FilterTree.Conditions() {
        @Override
        public void requireField(String key, String path) {
            if (!key.equals("name")) {
                throw new ValidationException(path, FilterTree.UNKNOWN_FIELD, "is not a field");
            }
        }

        @Override
        public ProductFilter condition(
                String key,
                String operator,
                JsonValue operand,
                String fieldPath,
                String operatorPath,
                FilterTree.Values values) {
            asked.add(operator + " at " + operatorPath);
            List<Object> operands = operand.getValueType() == JsonValue.ValueType.ARRAY
                    ? FilterTree.list(operand, operatorPath)
                    : List.of(FilterTree.scalar(operand, operatorPath));
            values.count(operands.size(), operatorPath);
            return new ProductFilter.Condition(ProductField.NAME, null, QueryOperator.HAS_SOME, operands);
        }
    };

    @Test
    void anEmptyFilterKeepsEverything() {
        assertThat(read("{}")).isEqualTo(ProductFilter.ALL);
    }

    @Test
    void aBareValueIsAnEqualityAndOperatorsAreAskedOneByOne() {
        read("{\"$or\": [{\"name\": \"a\"}, {\"name\": {\"$startsWith\": \"b\", \"$ne\": \"bc\"}}]}");

        assertThat(asked)
                .containsExactly(
                        "$eq at f.$or[0].name", "$startsWith at f.$or[1].name.$startsWith", "$ne at f.$or[1].name.$ne");
    }

    @Test
    void aFieldTheDialectDoesNotKnowIsRefusedBeforeItsOperators() {
        assertRefused("{\"colour\": {}}", FilterTree.UNKNOWN_FIELD, "f.colour");
    }

    @Test
    void anOperatorWhereAFieldBelongsAndAFieldWithoutOperatorAreRefused() {
        assertRefused("{\"$startsWith\": \"a\"}", FilterTree.UNKNOWN_OPERATOR, "f.$startsWith");
        assertRefused("{\"name\": {}}", "REQUIRED", "f.name");
    }

    @Test
    void moreThanAHundredPartsAreRefusedOnTheFilter() {
        String hundredAndOne = IntStream.range(0, 101)
                .mapToObj(i -> "{\"name\": \"n" + i + "\"}")
                .collect(Collectors.joining(",", "{\"$or\": [", "]}"));

        assertRefused(hundredAndOne, FilterTree.FILTER_TOO_LARGE, "f");
    }

    @Test
    void moreThanAThousandValuesInAllAreRefusedOnTheFilter() {
        String values = IntStream.range(0, 600).mapToObj(i -> "\"v" + i + "\"").collect(Collectors.joining(","));

        assertRefused(
                "{\"$or\": [{\"name\": {\"$in\": [" + values + "]}}, {\"name\": {\"$in\": [" + values + "]}}]}",
                FilterTree.FILTER_TOO_LARGE,
                "f");
    }

    @Test
    void combinationsMustHoldArraysOfObjects() {
        assertRefused("{\"$and\": {\"name\": \"a\"}}", "INVALID_TYPE", "f.$and");
        assertRefused("{\"$and\": [\"a\"]}", "INVALID_TYPE", "f.$and[0]");
    }

    private ProductFilter read(String json) {
        return FilterTree.read(Json.createReader(new StringReader(json)).readValue(), "f", nameOnly);
    }

    private void assertRefused(String json, String code, String field) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
