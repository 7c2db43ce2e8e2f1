package io.catalog.domain.product.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.product.query.Paging;
import io.catalog.domain.product.query.ProductField;
import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.product.query.QueryOperator;
import io.catalog.domain.product.query.SearchField;
import io.catalog.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductSearchModelTest {

    private static final Set<SearchField> ALL = EnumSet.allOf(SearchField.class);

    @Test
    void anExpressionIsItsLowerCasedWordsEachOfWhichMustBeFound() {
        SearchExpression search = SearchExpression.of("  Red\tSHIRT red\u00a0100%_\\ ", Set.of(), "e");
        assertThat(search.words()).containsExactly("red", "shirt", "100%_\\");
        assertThat(search.fields()).isEqualTo(ALL);
        assertThat(search.filter())
                .isEqualTo(new ProductFilter.And(List.of(
                        new ProductFilter.TextMatch("red", ALL),
                        new ProductFilter.TextMatch("shirt", ALL),
                        new ProductFilter.TextMatch("100%_\\", ALL))));
        assertThat(SearchExpression.of("hat", Set.of(SearchField.NAME), "e").filter())
                .isEqualTo(new ProductFilter.TextMatch("hat", Set.of(SearchField.NAME)));
    }

    @Test
    void anEmptyExpressionSearchesNothing() {
        assertThat(SearchExpression.of(null, Set.of(), "e").isEmpty()).isTrue();
        assertThat(SearchExpression.of("   ", Set.of(), "e").filter()).isEqualTo(ProductFilter.ALL);
        ProductFilter price =
                new ProductFilter.Condition(ProductField.PRICE, null, QueryOperator.LT, List.of(BigDecimal.TEN));
        assertThat(SearchExpression.NONE.and(price)).isEqualTo(price);
        assertThat(SearchExpression.of("a", Set.of(), "e").and(price))
                .isEqualTo(new ProductFilter.And(List.of(price, new ProductFilter.TextMatch("a", ALL))));
    }

    @Test
    void anExpressionHasAtMost200CharactersAnd10Words() {
        assertThat(SearchExpression.of("a".repeat(200), Set.of(), "e").words()).hasSize(1);
        assertThat(SearchExpression.of("\uD83D\uDE00".repeat(200), Set.of(), "e")
                        .words())
                .hasSize(1);
        assertThat(SearchExpression.of("a b c d e f g h i j", Set.of(), "e").words())
                .hasSize(10);
        assertRefused(
                () -> SearchExpression.of("a".repeat(201), Set.of(), "search.expression"),
                "search.expression",
                "OUT_OF_RANGE");
        assertRefused(
                () -> SearchExpression.of("a b c d e f g h i j k", Set.of(), "search.expression"),
                "search.expression",
                "OUT_OF_RANGE");
        // Repeated words count once.
        assertThat(SearchExpression.of("a a a a a a a a a a a a", Set.of(), "e").words())
                .containsExactly("a");
    }

    @Test
    void aggregationsAreBoundedAndAllowedOnlyWhereTheFieldTakesThem() {
        Aggregation.Values values = Aggregation.Values.defaults();
        assertThat(values.limit()).isEqualTo(10);
        assertThat(values.byCount()).isTrue();
        assertThat(values.ascending()).isFalse();
        assertRefused(() -> new Aggregation.Values(101, true, false), "value.limit", "OUT_OF_RANGE");
        assertRefused(() -> new Aggregation.Values(0, true, false), "value.limit", "OUT_OF_RANGE");
        assertRefused(
                () -> new Aggregation(
                        "v", AggregationField.VISIBLE, AggregationKind.SCALAR, null, null, Aggregation.Scalar.MIN),
                "type",
                "NOT_ALLOWED");
        assertRefused(
                () -> new Aggregation("p", AggregationField.PRICE, AggregationKind.RANGE, null, List.of(), null),
                "range.buckets",
                "OUT_OF_RANGE");
        assertRefused(() -> new Aggregation.Bucket(null, null), "range.buckets", "REQUIRED");
        assertRefused(() -> new Aggregation.Bucket(BigDecimal.TEN, BigDecimal.ONE), "range.buckets", "NOT_ALLOWED");
        assertThat(new Aggregation.Bucket(null, BigDecimal.ONE).to()).isEqualTo(BigDecimal.ONE);
        assertThat(AggregationField.PRICE.allows(AggregationKind.SCALAR)).isTrue();
        assertThat(AggregationField.CHOICE_NAME.allows(AggregationKind.RANGE)).isFalse();
    }

    @Test
    void aSearchHasAtMost10AggregationsOfDistinctNames() {
        Aggregation visible = new Aggregation(
                "visible", AggregationField.VISIBLE, AggregationKind.VALUE, Aggregation.Values.defaults(), null, null);
        ProductQuery page = new ProductQuery(ProductFilter.ALL, List.of(), Paging.FIRST_PAGE, true, true);
        assertThat(new ProductSearch(page, ProductFilter.ALL, List.of(visible)).aggregations())
                .containsExactly(visible);
        assertRefused(
                () -> new ProductSearch(page, ProductFilter.ALL, Collections.nCopies(11, visible)),
                "aggregations",
                "OUT_OF_RANGE");
        assertRefused(
                () -> new ProductSearch(page, ProductFilter.ALL, List.of(visible, visible)),
                "aggregations[1].name",
                "NOT_ALLOWED");
    }

    private static void assertRefused(Runnable action, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
