package io.catalog.persistence.product.counts;

import io.catalog.domain.product.query.ProductField;
import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.persistence.StoreRows.ProductSetStamp;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The counts of filtered queries ({@code totalResults}), kept between queries. Counting reads every match: at a
 * million products a filter matching 2% of them reads 20,000 index entries for each page, while the page itself
 * reads a hundred. A count is kept under its store, filter and reader kind with the store's
 * {@linkplain ProductSetStamp stamp} read in the counting transaction before the page, and used only while the
 * stamp read by a later query is the same: no product of the store was created, deleted, shown, hidden, or changed
 * in anything a filter reads since (stock, variants and media are not filtered on and do not move it). Filters on
 * {@code lastUpdated} are never kept: every change moves that field; nor are free-text searches, which read the
 * variants' SKUs. Per server, bounded, forgotten after a while;
 * the stamp lives in the database, so a change through any server invalidates the counts of all of them.
 */
public final class FilterCounts {

    /** A store's filter, as asked by readers that see only visible products or by those that see all. */
    public record Key(String store, boolean visibleOnly, ProductFilter filter) {}

    private final KeptCounts<Key> counts = new KeptCounts<>(ProductSetStamp::equals);

    /** The key of a query's count; empty when the filter reads {@code lastUpdated} or searches text. */
    public static Optional<Key> keyOf(String store, ProductQuery query) {
        return readsLastUpdated(query.filter())
                ? Optional.empty()
                : Optional.of(new Key(store, query.visibleOnly(), query.filter()));
    }

    /** The kept count under {@code key}, if it was taken at {@code stamp}. */
    public OptionalLong kept(Key key, ProductSetStamp stamp) {
        return counts.kept(key, stamp);
    }

    public void keep(Key key, long count, ProductSetStamp stamp) {
        counts.keep(key, count, stamp);
    }

    private static boolean readsLastUpdated(ProductFilter filter) {
        if (filter instanceof ProductFilter.And and) {
            return and.parts().stream().anyMatch(FilterCounts::readsLastUpdated);
        }
        if (filter instanceof ProductFilter.Or or) {
            return or.parts().stream().anyMatch(FilterCounts::readsLastUpdated);
        }
        if (filter instanceof ProductFilter.Not not) {
            return readsLastUpdated(not.part());
        }
        // A search's words read variants' SKUs, whose changes do not move the stamp: never kept either.
        return filter instanceof ProductFilter.TextMatch
                || filter instanceof ProductFilter.Condition c && c.field() == ProductField.LAST_UPDATED;
    }
}
