package io.catalog.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.persistence.DatabaseMigration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Assumptions;

/**
 * A database a migration test brings to the version before the migration under test, fills as it was stored then,
 * and migrates further as the server does (SQL and Java migrations of {@link DatabaseMigration}): H2 in memory, or a
 * PostgreSQL schema of its own ({@code catalog.test.postgresql.url}, default the local {@code test} database), dropped
 * when closed. Without PostgreSQL the test is aborted with the reason logged, so the suite passes on H2 alone.
 */
final class MigrationTestDatabase implements AutoCloseable {

    private static final String POSTGRESQL_URL =
            System.getProperty("catalog.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String POSTGRESQL_USER = System.getProperty("catalog.test.postgresql.user", "postgres");

    private final Connection connection;
    private final FluentConfiguration flyway;
    private final String schema;

    private MigrationTestDatabase(Connection connection, FluentConfiguration flyway, String schema) {
        this.connection = connection;
        this.flyway = flyway.javaMigrations(DatabaseMigration.javaMigrations());
        this.schema = schema;
    }

    static MigrationTestDatabase h2(String name) throws SQLException {
        String url = "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        return new MigrationTestDatabase(
                DriverManager.getConnection(url, "sa", ""),
                Flyway.configure(MigrationTestDatabase.class.getClassLoader())
                        .dataSource(url, "sa", "")
                        .locations("classpath:db/migration", "classpath:db/vendor/h2"),
                null);
    }

    /** A schema of its own on the local PostgreSQL; aborts the calling test when PostgreSQL does not answer. */
    static MigrationTestDatabase postgresql(String name) {
        Connection connection;
        try {
            connection = DriverManager.getConnection(POSTGRESQL_URL, POSTGRESQL_USER, "");
        } catch (SQLException e) {
            String reason = "PostgreSQL does not answer at " + POSTGRESQL_URL + " (" + e.getMessage()
                    + "): the migration is tested on H2 only";
            System.out.println("[WARNING] " + reason);
            Assumptions.abort(reason);
            throw new IllegalStateException(reason);
        }
        String schema = name + "_" + UUID.randomUUID().toString().substring(0, 8);
        return new MigrationTestDatabase(
                connection,
                Flyway.configure(MigrationTestDatabase.class.getClassLoader())
                        .dataSource(POSTGRESQL_URL, POSTGRESQL_USER, "")
                        .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                        .schemas(schema)
                        .defaultSchema(schema)
                        .createSchemas(true),
                schema);
    }

    boolean isPostgresql() {
        return schema != null;
    }

    Connection connection() {
        return connection;
    }

    /** Migrates to {@code version} (inclusive), as the server's start would with that version the newest. */
    MigrateResult migrateTo(String version) throws SQLException {
        MigrateResult result = flyway.target(version).load().migrate();
        if (schema != null) {
            connection.setSchema(schema);
        }
        return result;
    }

    /** Runs a Java migration once more on this database, as a second server start racing the first would. */
    void runAgain(JavaMigration migration) throws Exception {
        migration.migrate(new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        });
    }

    void insertStore(String id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO store (store_id, currency,"
                + " last_numeric_id, created_at) VALUES (?, 'USD', 10000, ?)")) {
            insert.setString(1, id);
            insert.setObject(2, now());
            insert.executeUpdate();
        }
    }

    /** The first column of the one row {@code sql} selects with {@code key} as its one parameter. */
    Object value(String sql, String key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, key);
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).as(sql + " " + key).isTrue();
                return result.getObject(1);
            }
        }
    }

    long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getLong(1);
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    @Override
    public void close() throws SQLException {
        try (connection;
                Statement statement = connection.createStatement()) {
            statement.execute(schema == null ? "SHUTDOWN" : "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
