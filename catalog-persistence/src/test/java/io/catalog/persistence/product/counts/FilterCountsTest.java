package io.catalog.persistence.product.counts;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.query.Paging;
import io.catalog.domain.product.query.ProductField;
import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.product.query.QueryOperator;
import io.catalog.persistence.StoreRows.ProductSetStamp;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterCountsTest {

    private static final ProductSetStamp STAMP = new ProductSetStamp(1_000, 3, 7);
    private static final ProductFilter PRICE_BAND = new ProductFilter.And(List.of(
            condition(ProductField.PRICE, QueryOperator.GT, new BigDecimal("20")),
            condition(ProductField.PRICE, QueryOperator.LTE, new BigDecimal("40"))));

    private final FilterCounts counts = new FilterCounts();

    @Test
    void aCountIsKeptPerStoreFilterAndReaderKind() {
        FilterCounts.Key key = FilterCounts.keyOf("s", query(PRICE_BAND, true)).orElseThrow();
        counts.keep(key, 20_000, STAMP);

        assertThat(counts.kept(FilterCounts.keyOf("s", query(PRICE_BAND, true)).orElseThrow(), STAMP))
                .hasValue(20_000);
        assertThat(counts.kept(FilterCounts.keyOf("s", query(PRICE_BAND, false)).orElseThrow(), STAMP))
                .isEmpty();
        assertThat(counts.kept(
                        FilterCounts.keyOf("other", query(PRICE_BAND, true)).orElseThrow(), STAMP))
                .isEmpty();
        assertThat(counts.kept(
                        FilterCounts.keyOf(
                                        "s",
                                        query(
                                                condition(ProductField.PRICE, QueryOperator.GT, new BigDecimal("20")),
                                                true))
                                .orElseThrow(),
                        STAMP))
                .isEmpty();
    }

    @Test
    void anyChangeOfTheStoresProductsOrOfWhatFiltersReadDropsTheCount() {
        FilterCounts.Key key = FilterCounts.keyOf("s", query(PRICE_BAND, false)).orElseThrow();
        counts.keep(key, 20_000, STAMP);

        assertThat(counts.kept(key, new ProductSetStamp(1_001, 3, 7)))
                .as("a product created")
                .isEmpty();
        assertThat(counts.kept(key, new ProductSetStamp(1_000, 4, 7)))
                .as("deleted, shown or hidden")
                .isEmpty();
        assertThat(counts.kept(key, new ProductSetStamp(1_000, 3, 8)))
                .as("a price, name, option...")
                .isEmpty();
        assertThat(counts.kept(key, STAMP)).hasValue(20_000);
    }

    @Test
    void filtersOnLastUpdatedAreNeverKept() {
        ProductFilter recent = condition(ProductField.LAST_UPDATED, QueryOperator.GT, Instant.EPOCH);

        assertThat(FilterCounts.keyOf("s", query(recent, false))).isEmpty();
        assertThat(FilterCounts.keyOf(
                        "s", query(new ProductFilter.Or(List.of(PRICE_BAND, new ProductFilter.Not(recent))), false)))
                .isEmpty();
        assertThat(FilterCounts.keyOf("s", query(PRICE_BAND, false))).isPresent();
    }

    private static ProductFilter condition(ProductField field, QueryOperator operator, Object value) {
        return new ProductFilter.Condition(field, null, operator, List.of(value));
    }

    private static ProductQuery query(ProductFilter filter, boolean visibleOnly) {
        return new ProductQuery(filter, List.of(), new Paging(100, 0), visibleOnly, false);
    }
}
