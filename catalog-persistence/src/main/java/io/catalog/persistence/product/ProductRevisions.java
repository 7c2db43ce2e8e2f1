package io.catalog.persistence.product;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductRevision;
import io.catalog.domain.store.StoreId;
import io.catalog.persistence.diagnostics.SqlStatementCount;

/**
 * A product's revision and visibility, the statement that runs before every kept answer is sent, in plain JDBC on the
 * catalog's data source: one prepared statement (the server's statement cache keeps it prepared) without the
 * persistence context's query machinery, which cost as much as the database's own work here. Inside a transaction
 * the connection is the transaction's (shared with the persistence context); outside one it reads in auto-commit.
 *
 * <p>On an embedded database of this server's alone, and on PostgreSQL with
 * {@code catalog.product-cache.revisions=notifications}, a revision read outside a transaction is kept and answered
 * again without the statement while {@link ProductChangeNotices} vouches for it (no change of the product since).
 */
@ApplicationScoped
public class ProductRevisions {

    private static final String REVISION = "SELECT revision, visible FROM product WHERE id = ? AND store_id = ?";

    /** A revision read, with its stripe's stamp taken before the statement ran. */
    private record Kept(ProductRevision revision, long stamp) {
    }

    private record Key(String store, ProductId id) {
    }

    @Resource(lookup = "jdbc/catalog")
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    ProductChangeNotices notices;

    private final Cache<Key, Kept> kept = Caffeine.newBuilder().maximumSize(131_072).build();

    public Optional<ProductRevision> of(StoreId store, ProductId id) {
        if (!notices.enabled() || transactions.getTransactionKey() != null) {
            return read(store, id);
        }
        Key key = new Key(store.value(), id);
        if (notices.trusted()) {
            Kept known = kept.getIfPresent(key);
            if (known != null && notices.unchangedSince(store, id, known.stamp())) {
                return Optional.of(known.revision());
            }
        }
        long stamp = notices.stamp(store, id);
        Optional<ProductRevision> read = read(store, id);
        read.ifPresentOrElse(revision -> kept.put(key, new Kept(revision, stamp)), () -> kept.invalidate(key));
        return read;
    }

    private Optional<ProductRevision> read(StoreId store, ProductId id) {
        SqlStatementCount.increment();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(REVISION)) {
            statement.setString(1, id.value().toString());
            statement.setString(2, store.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new ProductRevision(row.getLong(1), row.getBoolean(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the revision of product " + id + " failed", e);
        }
    }
}
