package io.catalog.persistence.product;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductRevision;
import io.catalog.domain.store.StoreId;
import io.catalog.persistence.diagnostics.SqlStatementCount;

/**
 * A product's revision and visibility, the statement that runs before every kept answer is sent, in plain JDBC on the
 * catalog's data source: one prepared statement (the server's statement cache keeps it prepared) without the
 * persistence context's query machinery, which cost as much as the database's own work here. Inside a transaction
 * the connection is the transaction's (shared with the persistence context); outside one it reads in auto-commit.
 */
@ApplicationScoped
public class ProductRevisions {

    private static final String REVISION = "SELECT revision, visible FROM product WHERE id = ? AND store_id = ?";

    @Resource(lookup = "jdbc/catalog")
    DataSource dataSource;

    public Optional<ProductRevision> of(StoreId store, ProductId id) {
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
