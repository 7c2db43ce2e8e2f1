package io.catalog.persistence.product.counts;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.query.Paging;
import io.catalog.domain.product.query.ProductField;
import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.product.query.QueryOperator;
import io.catalog.domain.product.query.SortOrder;
import io.catalog.persistence.StoreRows.ProductSetStamp;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CrawlCountsTest {

    private static final ProductSetStamp STAMP = new ProductSetStamp(1_000, 3, 7);
    private static final List<SortOrder> BY_NUMERIC_ID = List.of(new SortOrder(ProductField.NUMERIC_ID, true));

    private final CrawlCounts counts = new CrawlCounts();

    @Test
    void onlyCountsOfProductsAboveANumericIdAreKept() {
        assertThat(CrawlCounts.keyOf("s", crawl(41, false))).contains(new CrawlCounts.Key("s", false, 41));
        assertThat(CrawlCounts.keyOf("s", query(ProductFilter.ALL, List.of(), true)))
                .contains(new CrawlCounts.Key("s", true, 0));
        assertThat(CrawlCounts.keyOf("s", query(new ProductFilter.And(List.of(above(7))), BY_NUMERIC_ID, false)))
                .contains(new CrawlCounts.Key("s", false, 7));
        assertThat(CrawlCounts.keyOf(
                        "s", query(condition(ProductField.NUMERIC_ID, QueryOperator.GTE, 7L), BY_NUMERIC_ID, false)))
                .isEmpty();
        assertThat(CrawlCounts.keyOf(
                        "s",
                        query(
                                condition(ProductField.PRICE, QueryOperator.GT, java.math.BigDecimal.TEN),
                                BY_NUMERIC_ID,
                                false)))
                .isEmpty();
        assertThat(CrawlCounts.keyOf(
                        "s",
                        query(
                                new ProductFilter.And(List.of(
                                        above(7),
                                        condition(ProductField.PRICE, QueryOperator.GT, java.math.BigDecimal.TEN))),
                                BY_NUMERIC_ID,
                                false)))
                .isEmpty();
    }

    @Test
    void aFullCrawlPageCarriesItsCountToTheNextPageWhileTheStampHolds() {
        CrawlCounts.Key first = new CrawlCounts.Key("s", false, 0);
        counts.keep(
                first,
                crawl(0, false),
                950,
                STAMP,
                LongStream.rangeClosed(1, 100).boxed().toList());

        assertThat(counts.kept(first, STAMP)).hasValue(950);
        assertThat(counts.kept(new CrawlCounts.Key("s", false, 100), STAMP)).hasValue(850);
        assertThat(counts.kept(new CrawlCounts.Key("s", false, 100), new ProductSetStamp(1_001, 3, 7)))
                .isEmpty();
        assertThat(counts.kept(new CrawlCounts.Key("s", false, 100), new ProductSetStamp(1_000, 4, 7)))
                .isEmpty();
        // Prices, names or options changing elsewhere in the store leave a count by numeric id true.
        assertThat(counts.kept(new CrawlCounts.Key("s", false, 100), new ProductSetStamp(1_000, 3, 8)))
                .hasValue(850);
        assertThat(counts.kept(new CrawlCounts.Key("s", true, 100), STAMP)).isEmpty();
        assertThat(counts.kept(new CrawlCounts.Key("other", false, 100), STAMP)).isEmpty();
    }

    @Test
    void pagesInAnotherOrderOrNotFullCarryNothing() {
        CrawlCounts.Key key = new CrawlCounts.Key("s", false, 0);
        ProductQuery descending =
                query(ProductFilter.ALL, List.of(new SortOrder(ProductField.NUMERIC_ID, false)), false);
        counts.keep(
                key,
                descending,
                950,
                STAMP,
                LongStream.rangeClosed(851, 950).boxed().toList());
        assertThat(counts.kept(new CrawlCounts.Key("s", false, 851), STAMP)).isEmpty();
        assertThat(counts.kept(key, STAMP)).hasValue(950);

        counts.keep(
                key,
                crawl(0, false),
                950,
                STAMP,
                LongStream.rangeClosed(1, 99).boxed().toList());
        assertThat(counts.kept(new CrawlCounts.Key("s", false, 99), STAMP)).isEmpty();
    }

    private static ProductQuery crawl(long above, boolean visibleOnly) {
        return query(above(above), BY_NUMERIC_ID, visibleOnly);
    }

    private static ProductFilter above(long numericId) {
        return condition(ProductField.NUMERIC_ID, QueryOperator.GT, numericId);
    }

    private static ProductFilter condition(ProductField field, QueryOperator operator, Object value) {
        return new ProductFilter.Condition(field, null, operator, List.of(value));
    }

    private static ProductQuery query(ProductFilter filter, List<SortOrder> sort, boolean visibleOnly) {
        return new ProductQuery(filter, sort, new Paging(100, 0), visibleOnly, false);
    }
}
