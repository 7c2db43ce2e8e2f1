package io.catalog.persistence.product.counts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.catalog.persistence.StoreRows.ProductSetStamp;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.BiPredicate;

/**
 * Counts kept with the store stamp they were taken at, each used while a rule says the stamp read now still lets it
 * stand. Per server, up to 10,000 counts, each forgotten 10 minutes after it was kept.
 *
 * @param <K> what a count is of
 */
final class KeptCounts<K> {

    private record Count(long count, ProductSetStamp stamp) {}

    private final Cache<K, Count> counts = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    /** Whether a count taken at the first stamp is still true at the second. */
    private final BiPredicate<ProductSetStamp, ProductSetStamp> stillTrue;

    KeptCounts(BiPredicate<ProductSetStamp, ProductSetStamp> stillTrue) {
        this.stillTrue = stillTrue;
    }

    /** The kept count under {@code key}, if it still stands at {@code now}. */
    OptionalLong kept(K key, ProductSetStamp now) {
        Count count = counts.getIfPresent(key);
        return count != null && stillTrue.test(count.stamp(), now)
                ? OptionalLong.of(count.count())
                : OptionalLong.empty();
    }

    void keep(K key, long count, ProductSetStamp stamp) {
        counts.put(key, new Count(count, stamp));
    }
}
