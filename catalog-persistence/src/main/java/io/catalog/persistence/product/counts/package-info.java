/**
 * Query counts ({@code totalResults}) kept between queries, so that a page does not count every match again while the
 * store's products stay as they were.
 *
 * <ul>
 * <li>{@link io.catalog.persistence.product.counts.CrawlCounts}: a crawl page's count carried to the next page.</li>
 * <li>{@link io.catalog.persistence.product.counts.FilterCounts}: the counts of other filters.</li>
 * <li>{@code KeptCounts}: the bounded, expiring store both keep their counts in, each with the store's product-set
 * stamp it was counted at.</li>
 * </ul>
 *
 * <p>Not the main path: {@code JpaProductQueries} asks for a kept count before counting and keeps what it counted.
 * docs/architecture.md, "Pages, crawls and counts", describes when a count may be used.
 */
package io.catalog.persistence.product.counts;
