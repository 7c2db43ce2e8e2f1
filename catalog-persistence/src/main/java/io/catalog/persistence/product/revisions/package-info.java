/**
 * A product's current revision, read before a kept answer is sent, and the revisions this server keeps between reads.
 *
 * <ul>
 * <li>{@link io.catalog.persistence.product.revisions.ProductRevisions}: the revision statement, in plain JDBC, shared
 * by reads that arrive together ({@code SharedLookups}); outside transactions, a revision read earlier is answered
 * again while the change notices vouch for it.</li>
 * <li>{@link io.catalog.persistence.product.revisions.ProductChangeNotices}: what this server knows of product
 * changes: its own writes, and on PostgreSQL the product table's notifications ({@code PostgresListen}, the only class
 * that names the PostgreSQL driver).</li>
 * </ul>
 *
 * <p>Not the main path: the repository ({@code persistence.product}) asks for a revision and announces the products a
 * transaction changes; everything else stays in here. docs/architecture.md, "Reads: kept answers and kept revisions",
 * describes the design.
 */
package io.catalog.persistence.product.revisions;
