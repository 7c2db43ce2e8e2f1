package io.catalog.web.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.product.query.ProductField;
import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.QueryOperator;
import io.catalog.domain.product.query.SearchField;
import io.catalog.domain.product.search.Aggregation;
import io.catalog.domain.product.search.AggregationField;
import io.catalog.domain.product.search.AggregationKind;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import io.catalog.web.json.JsonInput;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading V3 search bodies: the free-text part, the aggregations, and the words a cursor carries. */
class V3SearchRequestsTest {

    private static final StoreId STORE = new StoreId("store-1");
    private static final V3Cursors CURSORS = new V3Cursors("k".repeat(32).getBytes(StandardCharsets.UTF_8));
    private static final Set<SearchField> ALL = EnumSet.allOf(SearchField.class);

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static V3SearchRequests.Request read(String body) {
        return V3SearchRequests.read(JsonInput.body(json(body)));
    }

    private static V3QueryPages.Plan plan(String body) {
        V3SearchRequests.Request request = read(body);
        return V3QueryPages.plan(
                request.query(),
                request.search(),
                STORE,
                true,
                CURSORS,
                V3SearchRequests.PATHS,
                V3SearchRequests::expression);
    }

    private static void refused(String body, String code, String field) {
        assertThatThrownBy(() -> plan(body)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void theWordsJoinTheFilterAndTheCursorCarriesThem() {
        V3QueryPages.Plan plan = plan("{\"search\": {\"search\": {\"expression\": \"Red shirt\"},"
                + " \"filter\": {\"visible\": true}, \"cursorPaging\": {\"limit\": 1}}}");
        ProductFilter visible =
                new ProductFilter.Condition(ProductField.VISIBLE, null, QueryOperator.EQ, List.of(true));
        ProductFilter words = new ProductFilter.And(
                List.of(new ProductFilter.TextMatch("red", ALL), new ProductFilter.TextMatch("shirt", ALL)));
        assertThat(plan.matching()).isEqualTo(new ProductFilter.And(List.of(visible, words)));
        assertThat(plan.query().filter()).isEqualTo(plan.matching());
        assertThat(plan.query().visibleOnly()).isTrue();
        assertThat(plan.search().toString()).contains("Red shirt");

        assertThat(
                        plan("{\"search\": {\"search\": {\"expression\": \"sku\", \"fields\": [\"variantsInfo.variants.sku\"]}}}")
                                .matching())
                .isEqualTo(new ProductFilter.TextMatch("sku", Set.of(SearchField.SKU)));
        assertThat(plan("{}").matching()).isEqualTo(ProductFilter.ALL);
    }

    @Test
    void aggregationsAreReadWithTheirDefaults() {
        List<Aggregation> aggregations = read("""
                {"search": {"aggregations": [
                  {"type": "VALUE", "fieldPath": "options.choicesSettings.choices.name"},
                  {"name": "v", "type": "value", "fieldPath": "visible", "value": {"sortType": "VALUE", "limit": 3}},
                  {"name": "p", "type": "RANGE", "fieldPath": "actualPriceRange.minValue.amount",
                   "range": {"buckets": [{"to": "10"}, {"from": 10}]}},
                  {"name": "max", "type": "SCALAR", "fieldPath": "actualPriceRange.minValue.amount",
                   "scalar": {"type": "MAX"}}]}}""").aggregations();
        assertThat(aggregations)
                .containsExactly(
                        new Aggregation(
                                "options.choicesSettings.choices.name",
                                AggregationField.CHOICE_NAME,
                                AggregationKind.VALUE,
                                new Aggregation.Values(10, true, false),
                                null,
                                null),
                        new Aggregation(
                                "v",
                                AggregationField.VISIBLE,
                                AggregationKind.VALUE,
                                new Aggregation.Values(3, false, true),
                                null,
                                null),
                        new Aggregation(
                                "p",
                                AggregationField.PRICE,
                                AggregationKind.RANGE,
                                null,
                                List.of(
                                        new Aggregation.Bucket(null, BigDecimal.TEN),
                                        new Aggregation.Bucket(BigDecimal.TEN, null)),
                                null),
                        new Aggregation(
                                "max",
                                AggregationField.PRICE,
                                AggregationKind.SCALAR,
                                null,
                                null,
                                Aggregation.Scalar.MAX));
    }

    @Test
    void errorsNameTheFieldUnderSearch() {
        refused(
                "{\"search\": {\"aggregations\": [{\"type\": \"VALUE\", \"fieldPath\": \"brand\"}]}}",
                "UNKNOWN_FIELD",
                "search.aggregations[0].fieldPath");
        refused(
                "{\"search\": {\"aggregations\": [{\"type\": \"SCALAR\", \"fieldPath\": \"visible\"}]}}",
                "NOT_ALLOWED",
                "search.aggregations[0].type");
        refused(
                "{\"search\": {\"aggregations\": [{\"type\": \"VALUE\", \"fieldPath\": \"visible\","
                        + " \"value\": {\"limit\": 101}}]}}",
                "OUT_OF_RANGE",
                "search.aggregations[0].value.limit");
        refused(
                "{\"search\": {\"aggregations\": [{\"type\": \"RANGE\", \"fieldPath\":"
                        + " \"actualPriceRange.minValue.amount\", \"range\": {\"buckets\": [{\"from\": 1},"
                        + " {\"from\": 5, \"to\": 2}]}}]}}",
                "NOT_ALLOWED",
                "search.aggregations[0].range.buckets[1]");
        refused(
                "{\"search\": {\"search\": {\"expression\": \"" + "x".repeat(201) + "\"}}}",
                "OUT_OF_RANGE",
                "search.search.expression");
        refused(
                "{\"search\": {\"search\": {\"expression\": \"x\", \"fields\": [\"slug\"]}}}",
                "UNKNOWN_FIELD",
                "search.search.fields[0]");
        refused(
                "{\"search\": {\"search\": {\"expression\": \"x\", \"mode\": \"OR\"}}}",
                "NOT_ALLOWED",
                "search.search.mode");
        refused("{\"search\": {\"cursorPaging\": {\"limit\": 0}}}", "OUT_OF_RANGE", "search.cursorPaging.limit");
        refused(
                "{\"search\": {\"sort\": [{\"fieldName\": \"visible\"}]}}",
                "UNKNOWN_FIELD",
                "search.sort[0].fieldName");
    }

    @Test
    void aCursorCarriesTheSearchAndIsNoQuerysCursor() {
        String next = CURSORS.encode(Json.createObjectBuilder()
                .add("s", STORE.value())
                .add("l", 5)
                .add("k", Json.createArrayBuilder().add("7"))
                .add("x", json("{\"expression\": \"hat\"}"))
                .build());
        V3QueryPages.Plan page = plan("{\"search\": {\"cursorPaging\": {\"cursor\": \"" + next + "\"}}}");
        assertThat(page.matching()).isEqualTo(new ProductFilter.TextMatch("hat", ALL));
        assertThat(page.query().paging().limit()).isEqualTo(5);
        refused(
                "{\"search\": {\"search\": {\"expression\": \"x\"}, \"cursorPaging\": {\"cursor\": \"" + next + "\"}}}",
                "NOT_ALLOWED",
                "search.search");
        String queryCursor = CURSORS.encode(Json.createObjectBuilder()
                .add("s", STORE.value())
                .add("l", 5)
                .add("k", Json.createArrayBuilder().add("7"))
                .build());
        refused(
                "{\"search\": {\"cursorPaging\": {\"cursor\": \"" + queryCursor + "\"}}}",
                "INVALID_CURSOR",
                "search.cursorPaging.cursor");
    }
}
