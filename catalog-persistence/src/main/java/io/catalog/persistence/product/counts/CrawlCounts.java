package io.catalog.persistence.product.counts;

import io.catalog.domain.product.query.ProductField;
import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.product.query.QueryOperator;
import io.catalog.domain.product.query.SortOrder;
import io.catalog.persistence.StoreRows.ProductSetStamp;
import java.util.List;
import java.util.OptionalLong;

/**
 * The counts of crawl pages, carried from one page to the next. A crawl asks for the products above a numeric id
 * (all of them, or the visible ones) sorted by numeric id; counting what is left on every page reads everything left,
 * so crawling a store cost time growing with the square of its size. Once a page of a crawl has been counted, the
 * count of the next one is this count less the page's products: it is kept under the next page's cursor, with the
 * store's {@linkplain ProductSetStamp product-set stamp}. A kept count is used only while the stamp read in the
 * asking transaction is the same, that is while no product of the store was created, deleted or changed visibility
 * since it was counted; otherwise the page is counted again. Per server, bounded, forgotten after a while.
 */
public final class CrawlCounts {

    /** The products of a store above a numeric id, all or only the visible ones. */
    public record Key(String store, boolean visibleOnly, long above) {}

    private final KeptCounts<Key> counts = new KeptCounts<>(ProductSetStamp::sameSet);

    /**
     * The key of a query's count when the query counts the products above a numeric id (its filter is
     * {@code numericId $gt n} alone, or nothing: above 0); empty for every other query.
     */
    public static java.util.Optional<Key> keyOf(String store, ProductQuery query) {
        ProductFilter filter = query.filter();
        while (filter instanceof ProductFilter.And and && and.parts().size() == 1) {
            filter = and.parts().get(0);
        }
        if (filter instanceof ProductFilter.All) {
            return java.util.Optional.of(new Key(store, query.visibleOnly(), 0));
        }
        if (filter instanceof ProductFilter.Condition c
                && c.field() == ProductField.NUMERIC_ID
                && c.operator() == QueryOperator.GT
                && c.values().get(0) instanceof Number above) {
            return java.util.Optional.of(new Key(store, query.visibleOnly(), above.longValue()));
        }
        return java.util.Optional.empty();
    }

    /** The kept count under {@code key}, if it was taken at {@code stamp}. */
    public OptionalLong kept(Key key, ProductSetStamp stamp) {
        return counts.kept(key, stamp);
    }

    /**
     * Keeps the count of the query counted under {@code key} and, when the page is a crawl page (sorted by numeric
     * id ascending, from the first match, full), the count of the page that follows it.
     *
     * @param pageNumericIds the numeric ids of the page's products, in order
     */
    public void keep(Key key, ProductQuery query, long count, ProductSetStamp stamp, List<Long> pageNumericIds) {
        counts.keep(key, count, stamp);
        boolean crawlPage = query.paging().offset() == 0
                && pageNumericIds.size() == query.paging().limit()
                && (query.sort().isEmpty()
                        || query.sort().equals(List.of(new SortOrder(ProductField.NUMERIC_ID, true))));
        if (crawlPage) {
            long next = pageNumericIds.get(pageNumericIds.size() - 1);
            counts.keep(new Key(key.store(), key.visibleOnly(), next), count - pageNumericIds.size(), stamp);
        }
    }
}
