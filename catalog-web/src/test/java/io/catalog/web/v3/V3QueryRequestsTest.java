package io.catalog.web.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.query.Keyset;
import io.catalog.domain.product.query.ProductField;
import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.QueryOperator;
import io.catalog.domain.product.query.SortOrder;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import io.catalog.web.json.JsonInput;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Reading V3 query bodies: field names, operators, sort, limit and cursors, each error naming its field. */
class V3QueryRequestsTest {

    private static final StoreId STORE = new StoreId("store-1");
    private static final V3Cursors CURSORS = new V3Cursors("k".repeat(32).getBytes(StandardCharsets.UTF_8));

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static ProductFilter filter(String text) {
        return V3QueryRequests.filter(json(text), "query.filter");
    }

    private static V3QueryPages.Plan plan(String body) {
        return V3QueryPages.plan(V3QueryRequests.read(JsonInput.body(json(body))), STORE, false, CURSORS);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(Runnable call, String code, String field) {
        return assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void v3FieldsMapOntoTheCatalogsQueryFields() {
        assertThat(filter("{\"actualPriceRange.minValue.amount\": {\"$gte\": \"10.5\"}}"))
                .isEqualTo(new ProductFilter.Condition(
                        ProductField.PRICE, null, QueryOperator.GTE, List.of(new BigDecimal("10.5"))));
        assertThat(filter("{\"visible\": false}"))
                .isEqualTo(new ProductFilter.Condition(ProductField.VISIBLE, null, QueryOperator.EQ, List.of(false)));
        assertThat(filter("{\"updatedDate\": {\"$lt\": \"2026-11-22T10:15:30Z\"}}"))
                .isEqualTo(new ProductFilter.Condition(
                        ProductField.LAST_UPDATED,
                        null,
                        QueryOperator.LT,
                        List.of(Instant.parse("2026-11-22T10:15:30Z"))));
        assertThat(filter("{\"createdDate\": {\"$gt\": \"2026-11-22T10:15:30Z\"}}"))
                .isInstanceOfSatisfying(
                        ProductFilter.Condition.class,
                        c -> assertThat(c.field()).isEqualTo(ProductField.CREATED_DATE));
        assertThat(filter("{\"name\": {\"$in\": [\"A\", \"B\"]}}"))
                .isEqualTo(new ProductFilter.Condition(
                        ProductField.NAME, null, QueryOperator.HAS_SOME, List.of("A", "B")));
        assertThat(filter("{\"slug\": {\"$nin\": [\"a\"]}}"))
                .isEqualTo(new ProductFilter.Not(
                        new ProductFilter.Condition(ProductField.SLUG, null, QueryOperator.HAS_SOME, List.of("a"))));
        String id = ProductId.random().toString();
        assertThat(filter("{\"$or\": [{\"id\": \"" + id + "\"}, {\"name\": {\"$startsWith\": \"T\"}}]}"))
                .isInstanceOf(ProductFilter.Or.class);
    }

    @Test
    void physicalAlsoFindsTheUnspecifiedType() {
        assertThat(filter("{\"productType\": \"PHYSICAL\"}"))
                .isInstanceOfSatisfying(ProductFilter.Condition.class, c -> {
                    assertThat(c.operator()).isEqualTo(QueryOperator.HAS_SOME);
                    assertThat(c.values()).hasSize(2);
                });
        assertThat(filter("{\"productType\": {\"$ne\": \"DIGITAL\"}}")).isInstanceOf(ProductFilter.Not.class);
        refused(() -> filter("{\"productType\": \"physical\"}"), "UNKNOWN_ENUM_VALUE", "query.filter.productType");
    }

    @Test
    void errorsNameTheirField() {
        refused(() -> filter("{\"brand.id\": \"x\"}"), "UNKNOWN_FIELD", "query.filter.brand.id");
        refused(() -> filter("{\"handle\": {\"$contains\": \"x\"}}"), "NOT_ALLOWED", "query.filter.handle");
        refused(() -> filter("{\"name\": {\"$near\": \"x\"}}"), "UNKNOWN_OPERATOR", "query.filter.name.$near");
        refused(() -> filter("{\"visible\": \"yes\"}"), "INVALID_FORMAT", "query.filter.visible");
        refused(() -> filter("{\"visible\": {\"$gt\": true}}"), "NOT_ALLOWED", "query.filter.visible");
        refused(
                () -> filter("{\"actualPriceRange.minValue.amount\": \"ten\"}"),
                "INVALID_FORMAT",
                "query.filter.actualPriceRange.minValue.amount");
        refused(
                () -> filter("{\"actualPriceRange.minValue.amount\": {\"$lt\": \"1e100000\"}}"),
                "NUMBER_OUT_OF_RANGE",
                "query.filter.actualPriceRange.minValue.amount.$lt");
        refused(
                () -> filter("{\"actualPriceRange.minValue.amount\": \"" + "9".repeat(41) + "\"}"),
                "NUMBER_OUT_OF_RANGE",
                "query.filter.actualPriceRange.minValue.amount");
        refused(
                () -> V3QueryRequests.sort(json("[{\"fieldName\": \"visible\"}]"), "query.sort"),
                "UNKNOWN_FIELD",
                "query.sort[0].fieldName");
        refused(
                () -> V3QueryRequests.sort(json("[{\"fieldName\": \"name\", \"order\": \"UP\"}]"), "query.sort"),
                "UNKNOWN_ENUM_VALUE",
                "query.sort[0].order");
        refused(
                () -> plan("{\"query\": {\"cursorPaging\": {\"limit\": 0}}}"),
                "OUT_OF_RANGE",
                "query.cursorPaging.limit");
        refused(
                () -> plan("{\"query\": {\"cursorPaging\": {\"limit\": 101}}}"),
                "OUT_OF_RANGE",
                "query.cursorPaging.limit");
    }

    @Test
    void aFirstPageIsTheQueryAsSent() {
        V3QueryPages.Plan plan = plan("{\"query\": {\"filter\": {\"visible\": true},"
                + " \"sort\": [{\"fieldName\": \"actualPriceRange.minValue.amount\", \"order\": \"DESC\"}],"
                + " \"cursorPaging\": {\"limit\": 2}}}");

        assertThat(plan.query().paging().limit()).isEqualTo(2);
        assertThat(plan.query().sort()).containsExactly(new SortOrder(ProductField.PRICE, false));
        assertThat(plan.keys()).isEqualTo(Keyset.keys(plan.query().sort()));
        assertThat(plan.query().includeVariants()).isTrue();
        assertThat(plan("{}").query().paging().limit()).isEqualTo(100);
    }

    @Test
    void aCursorCarriesTheQueryAndTheLastKeys() {
        String cursor = CURSORS.encode(Json.createObjectBuilder()
                .add("s", STORE.value())
                .add("l", 2)
                .add("f", json("{\"visible\": true}"))
                .add("o", json("[{\"fieldName\": \"name\"}]"))
                .add("k", Json.createArrayBuilder().add("Mug").add("7"))
                .build());

        V3QueryPages.Plan plan = plan("{\"query\": {\"cursorPaging\": {\"cursor\": \"" + cursor + "\"}}}");

        assertThat(plan.query().paging().limit()).isEqualTo(2);
        assertThat(plan.query().filter())
                .isEqualTo(new ProductFilter.And(List.of(
                        new ProductFilter.Condition(ProductField.VISIBLE, null, QueryOperator.EQ, List.of(true)),
                        Keyset.after(
                                Keyset.keys(List.of(new SortOrder(ProductField.NAME, true))), List.of("Mug", 7L)))));
    }

    @Test
    void alteredForeignOrMixedCursorsAreRefused() {
        String cursor = CURSORS.encode(Json.createObjectBuilder()
                .add("s", STORE.value())
                .add("l", 2)
                .add("k", Json.createArrayBuilder().add("7"))
                .build());
        String altered = cursor.substring(0, cursor.indexOf('.') - 2) + "xx" + cursor.substring(cursor.indexOf('.'));
        String foreign = CURSORS.encode(Json.createObjectBuilder()
                .add("s", "other-store")
                .add("l", 2)
                .add("k", Json.createArrayBuilder().add("7"))
                .build());
        String otherKey = new V3Cursors("z".repeat(32).getBytes(StandardCharsets.UTF_8))
                .encode(json("{\"s\": \"store-1\", \"l\": 2, \"k\": [\"7\"]}").asJsonObject());

        for (String bad : List.of(altered, foreign, otherKey, "garbage", "a.b", "")) {
            if (bad.isEmpty()) {
                continue;
            }
            refused(
                    () -> plan("{\"query\": {\"cursorPaging\": {\"cursor\": \"" + bad + "\"}}}"),
                    "INVALID_CURSOR",
                    "query.cursorPaging.cursor");
        }
        refused(
                () -> plan("{\"query\": {\"filter\": {\"visible\": true}, \"cursorPaging\": {\"cursor\": \"" + cursor
                        + "\"}}}"),
                "NOT_ALLOWED",
                "query.filter");
    }
}
