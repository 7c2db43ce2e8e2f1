package io.catalog.persistence.product.revisions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductRevision;
import io.catalog.domain.store.StoreId;
import io.catalog.persistence.PlainJdbcStatements;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * A product's revision and visibility, the statement that runs before every kept answer is sent, in plain JDBC on the
 * catalog's data source: a prepared statement (the server's statement cache keeps it prepared) without the
 * persistence context's query machinery, which cost as much as the database's own work here. Inside a transaction
 * the connection is the transaction's (shared with the persistence context); outside one it reads in auto-commit,
 * and reads that arrive together share one statement ({@link SharedLookups}: up to {@value #MOST_SHARED} products
 * by primary key). A shared statement starts after each of its callers asked, so its answers are as exact as a
 * statement of their own; under load it saves most of the round trips and of the database's work per read.
 *
 * <p>On an embedded database of this server's alone, and on PostgreSQL unless
 * {@code catalog.product-cache.revisions=database}, a revision read outside a transaction is kept and answered
 * again without the statement while {@link ProductChangeNotices} vouches for it (no change of the product since).
 */
@ApplicationScoped
public class ProductRevisions {

    static final int MOST_SHARED = 32;

    /**
     * The shared statements, by the number of ids they take (1, 2, 4 ... {@link #MOST_SHARED}): a few shapes, so the
     * statement cache keeps each one prepared; the last id fills the places left over.
     */
    private static final List<String> SHARED = IntStream.iterate(1, n -> n <= MOST_SHARED, n -> n * 2)
            .mapToObj(n -> "SELECT id, store_id, revision, visible FROM product WHERE id IN ("
                    + String.join(", ", Collections.nCopies(n, "?")) + ")")
            .toList();

    /** A revision read, with its stripe's stamp taken before the statement ran. */
    private record Kept(ProductRevision revision, long stamp) {}

    record Key(String store, ProductId id) {}

    @Resource(lookup = "jdbc/catalog")
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    ProductChangeNotices notices;

    private final Cache<Key, Kept> kept =
            Caffeine.newBuilder().maximumSize(131_072).build();

    private final SharedLookups<Key, ProductRevision> shared = new SharedLookups<>(MOST_SHARED, this::revisionsOf);

    public Optional<ProductRevision> of(StoreId store, ProductId id) {
        Key key = new Key(store.value(), id);
        if (transactions.getTransactionKey() != null) {
            return readInTransaction(key);
        }
        if (!notices.enabled()) {
            return readShared(key);
        }
        if (notices.trusted()) {
            Kept known = kept.getIfPresent(key);
            if (known != null && notices.unchangedSince(store, id, known.stamp())) {
                return Optional.of(known.revision());
            }
        }
        long stamp = notices.stamp(store, id);
        Optional<ProductRevision> read = readShared(key);
        read.ifPresentOrElse(revision -> kept.put(key, new Kept(revision, stamp)), () -> kept.invalidate(key));
        return read;
    }

    /** Counted as one statement for each read it answers: what the read would have cost alone. */
    private Optional<ProductRevision> readShared(Key key) {
        PlainJdbcStatements.sent();
        try {
            return shared.get(key);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Reading the revision of product " + key.id() + " failed", e);
        }
    }

    private record Row(String store, ProductRevision revision) {}

    private Map<Key, ProductRevision> revisionsOf(Set<Key> keys) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return revisionsOf(connection, keys);
        }
    }

    /** The revisions of those of {@code keys} that exist, in one statement on {@code connection}. */
    static Map<Key, ProductRevision> revisionsOf(Connection connection, Set<Key> keys) throws SQLException {
        List<String> ids =
                keys.stream().map(key -> key.id().value().toString()).distinct().toList();
        int shape = 0;
        while ((1 << shape) < ids.size()) {
            shape++;
        }
        Map<String, Row> rows = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SHARED.get(shape))) {
            for (int i = 0; i < 1 << shape; i++) {
                statement.setString(i + 1, ids.get(Math.min(i, ids.size() - 1)));
            }
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    rows.put(
                            found.getString(1),
                            new Row(found.getString(2), new ProductRevision(found.getLong(3), found.getBoolean(4))));
                }
            }
        }
        // Product ids are unique across stores; a product of another store is not found.
        Map<Key, ProductRevision> revisions = new HashMap<>();
        for (Key key : keys) {
            Row row = rows.get(key.id().value().toString());
            if (row != null && row.store().equals(key.store())) {
                revisions.put(key, row.revision());
            }
        }
        return revisions;
    }

    /** In the caller's transaction, on its connection: the same statement, for this product alone. */
    private Optional<ProductRevision> readInTransaction(Key key) {
        PlainJdbcStatements.sent();
        try (Connection connection = dataSource.getConnection()) {
            return Optional.ofNullable(revisionsOf(connection, Set.of(key)).get(key));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the revision of product " + key.id() + " failed", e);
        }
    }
}
