package io.catalog.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.Description;
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
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Descriptions stored before the sanitizer existed are sanitized by the V20 migration: a schema at version 19 gets
 * products and a collection with descriptions as they were once stored, then is migrated as the server migrates it,
 * and every description reads as {@link Description#of} makes it, with the next revision where it changed. On H2 in
 * memory, and on PostgreSQL ({@code catalog.test.postgresql.url}, default the local {@code test} database) in a schema
 * of its own, dropped afterwards, when it answers.
 */
class ResanitizeDescriptionsTest {

    private static final String POSTGRESQL_URL =
            System.getProperty("catalog.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String POSTGRESQL_USER = System.getProperty("catalog.test.postgresql.user", "postgres");

    private static final String HOSTILE = "<p onclick=\"steal()\">Soft <b>cotton</b></p><script>alert(1)</script>"
            + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">more</a>";
    private static final String HOSTILE_SANITIZED = "<p>Soft <b>cotton</b></p>more";
    private static final String PLAIN = "Plain text, & nothing else <3";
    private static final String CLEAN = "<p>Already <em>clean</em></p>";
    /** 7,000 characters as stored, over 8,000 once escaped: the longest beginning that fits is kept. */
    private static final String GROWING = "<".repeat(3000) + "a".repeat(4000);

    @Test
    void onH2() throws SQLException {
        String url = "jdbc:h2:mem:resanitize-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            storedBeforeTheSanitizerAreSanitizedByTheMigration(
                    connection,
                    Flyway.configure(getClass().getClassLoader())
                            .dataSource(url, "sa", "")
                            .locations("classpath:db/migration", "classpath:db/vendor/h2"),
                    "19",
                    null);
            connection.createStatement().execute("SHUTDOWN");
        }
    }

    @Test
    void onPostgresql() throws SQLException {
        String schema = "resanitize_test_" + UUID.randomUUID().toString().substring(0, 8);
        Connection connection;
        try {
            connection = DriverManager.getConnection(POSTGRESQL_URL, POSTGRESQL_USER, "");
        } catch (SQLException e) {
            String reason = "PostgreSQL does not answer at " + POSTGRESQL_URL + " (" + e.getMessage()
                    + "): the migration is tested on H2 only";
            System.out.println("[WARNING] " + reason);
            Assumptions.abort(reason);
            return;
        }
        try (connection) {
            try {
                storedBeforeTheSanitizerAreSanitizedByTheMigration(
                        connection,
                        Flyway.configure(getClass().getClassLoader())
                                .dataSource(POSTGRESQL_URL, POSTGRESQL_USER, "")
                                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                                .schemas(schema)
                                .defaultSchema(schema)
                                .createSchemas(true),
                        "18",
                        schema);
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        }
    }

    /**
     * @param before the last version before V20 on the database (19 on H2; PostgreSQL has no 19, an H2-only
     *               migration)
     */
    private static void storedBeforeTheSanitizerAreSanitizedByTheMigration(
            Connection connection, FluentConfiguration flyway, String before, String schema) throws SQLException {
        flyway.target(before).load().migrate();
        if (schema != null) {
            connection.setSchema(schema);
        }
        insertStore(connection, "store-1");
        insertStore(connection, "store-2");
        insertProduct(connection, "p-hostile", "store-1", 1, HOSTILE);
        insertProduct(connection, "p-plain", "store-2", 1, PLAIN);
        insertProduct(connection, "p-clean", "store-2", 2, CLEAN);
        insertProduct(connection, "p-growing", "store-2", 3, GROWING);
        for (int i = 0; i < V20__resanitize_descriptions.BATCH + 10; i++) {
            // More than a batch: the last product is read in the second one.
            insertProduct(connection, "p-zz-" + (10_000 + i), "store-2", 10 + i, i % 2 == 0 ? CLEAN : HOSTILE);
        }
        insertCollection(connection, "c-hostile", "store-1", HOSTILE);

        var result = flyway.target("20")
                .javaMigrations(DatabaseMigration.javaMigrations())
                .load()
                .migrate();

        assertThat(result.targetSchemaVersion).isEqualTo("20");
        assertThat(result.migrations).extracting(migration -> migration.version).contains("20");
        assertThat(description(connection, "product", "p-hostile"))
                .isEqualTo(HOSTILE_SANITIZED)
                .isEqualTo(Description.of(HOSTILE).value());
        assertThat(revision(connection, "product", "p-hostile")).isEqualTo(2);
        assertThat(description(connection, "product", "p-plain"))
                .isEqualTo("Plain text, &amp; nothing else &lt;3")
                .isEqualTo(Description.of(PLAIN).value());
        assertThat(description(connection, "product", "p-clean")).isEqualTo(CLEAN);
        assertThat(revision(connection, "product", "p-clean"))
                .as("an unchanged description's revision")
                .isEqualTo(1);
        String grown = description(connection, "product", "p-growing");
        assertThat(grown.codePointCount(0, grown.length()))
                .isBetween(Description.MAX_LENGTH - 4, Description.MAX_LENGTH);
        assertThat(grown)
                .startsWith("&lt;&lt;")
                .isEqualTo(Description.of(grown.replace("&lt;", "<")).value());
        String last = "p-zz-" + (10_000 + V20__resanitize_descriptions.BATCH + 9);
        assertThat(description(connection, "product", last)).isEqualTo(HOSTILE_SANITIZED);
        assertThat(description(connection, "collection", "c-hostile")).isEqualTo(HOSTILE_SANITIZED);
        assertThat(revision(connection, "collection", "c-hostile")).isEqualTo(2);
        assertThat(productDataVersion(connection, "store-1")).isEqualTo(1);
        assertThat(productDataVersion(connection, "store-2")).isEqualTo(1);

        // Idempotent: run again, nothing changes.
        new V20__resanitize_descriptions().migrate(new org.flywaydb.core.api.migration.Context() {
            @Override
            public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        });
        assertThat(revision(connection, "product", "p-hostile")).isEqualTo(2);
        assertThat(revision(connection, "product", "p-growing")).isEqualTo(2);
        assertThat(productDataVersion(connection, "store-2")).isEqualTo(1);
    }

    private static void insertStore(Connection connection, String id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO store (store_id, currency,"
                + " last_numeric_id, created_at) VALUES (?, 'USD', 10000, ?)")) {
            insert.setString(1, id);
            insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static void insertProduct(
            Connection connection, String id, String store, long numericId, String description) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO product (id, store_id, numeric_id,"
                + " slug, name, product_type, description, visible, price, currency, discount_type, discount_value,"
                + " track_inventory, in_stock, manage_variants, inventory_item_id, next_choice_key, created_at,"
                + " last_updated, revision) VALUES (?, ?, ?, ?, ?, 'physical', ?, TRUE, 10, 'USD', 'NONE', 0, FALSE,"
                + " TRUE, FALSE, ?, 1, ?, ?, 1)")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            insert.setString(1, id);
            insert.setString(2, store);
            insert.setLong(3, numericId);
            insert.setString(4, id);
            insert.setString(5, id);
            insert.setString(6, description);
            insert.setString(7, UUID.randomUUID().toString());
            insert.setObject(8, now);
            insert.setObject(9, now);
            insert.executeUpdate();
        }
    }

    private static void insertCollection(Connection connection, String id, String store, String description)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO collection (id, store_id, name, slug,"
                + " description, visible, created_at, last_updated, revision) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, 1)")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            insert.setString(1, id);
            insert.setString(2, store);
            insert.setString(3, id);
            insert.setString(4, id);
            insert.setString(5, description);
            insert.setObject(6, now);
            insert.setObject(7, now);
            insert.executeUpdate();
        }
    }

    private static String description(Connection connection, String table, String id) throws SQLException {
        return (String) value(connection, "SELECT description FROM " + table + " WHERE id = ?", id);
    }

    private static long revision(Connection connection, String table, String id) throws SQLException {
        return ((Number) value(connection, "SELECT revision FROM " + table + " WHERE id = ?", id)).longValue();
    }

    private static long productDataVersion(Connection connection, String store) throws SQLException {
        return ((Number) value(connection, "SELECT product_data_version FROM store WHERE store_id = ?", store))
                .longValue();
    }

    private static Object value(Connection connection, String sql, String key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, key);
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).as(sql + " " + key).isTrue();
                return result.getObject(1);
            }
        }
    }
}
