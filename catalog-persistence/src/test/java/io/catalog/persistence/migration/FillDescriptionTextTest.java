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
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Products stored before {@code product.description_text} existed get it from the V26 migration: a schema at the
 * version before V26 gets products (more than a batch), then is migrated as the server migrates it, and every product's
 * column holds {@link Description#searchText()} of its description, with its revision unchanged. On H2 in memory, and on
 * PostgreSQL ({@code catalog.test.postgresql.url}, default the local {@code test} database) in a schema of its own,
 * dropped afterwards, when it answers.
 */
class FillDescriptionTextTest {

    private static final String POSTGRESQL_URL =
            System.getProperty("catalog.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String POSTGRESQL_USER = System.getProperty("catalog.test.postgresql.user", "postgres");

    private static final String MARKED_UP = "<p>A <strong>soft</strong> cotton tee</p>";
    private static final String ENTITIES = "<p>Ceramic &amp; stoneware</p>";
    private static final String BLOCKS = "<p>Ceramic</p><p>stoneware</p><ul><li>Red</li></ul>";

    @Test
    void onH2() throws SQLException {
        String url = "jdbc:h2:mem:fill-description-text-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            storedBeforeTheColumnGetTheirTextFromTheMigration(
                    connection,
                    Flyway.configure(getClass().getClassLoader())
                            .dataSource(url, "sa", "")
                            .locations("classpath:db/migration", "classpath:db/vendor/h2")
                            .javaMigrations(DatabaseMigration.javaMigrations()),
                    "25",
                    null);
            connection.createStatement().execute("SHUTDOWN");
        }
    }

    @Test
    void onPostgresql() throws SQLException {
        String schema = "fill_text_test_" + UUID.randomUUID().toString().substring(0, 8);
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
                storedBeforeTheColumnGetTheirTextFromTheMigration(
                        connection,
                        Flyway.configure(getClass().getClassLoader())
                                .dataSource(POSTGRESQL_URL, POSTGRESQL_USER, "")
                                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                                .javaMigrations(DatabaseMigration.javaMigrations())
                                .schemas(schema)
                                .defaultSchema(schema)
                                .createSchemas(true),
                        "25.1",
                        schema);
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        }
    }

    /** @param before the last version before V26 on the database (25.1 on PostgreSQL, its trigram indexes; 25 on H2) */
    private static void storedBeforeTheColumnGetTheirTextFromTheMigration(
            Connection connection, FluentConfiguration flyway, String before, String schema) throws SQLException {
        flyway.target(before).load().migrate();
        if (schema != null) {
            connection.setSchema(schema);
        }
        insertStore(connection, "store-1");
        insertProduct(connection, "p-marked-up", 1, MARKED_UP);
        insertProduct(connection, "p-entities", 2, ENTITIES);
        insertProduct(connection, "p-blocks", 3, BLOCKS);
        insertProduct(connection, "p-empty", 4, "");
        for (int i = 0; i < V26__fill_description_text.BATCH + 10; i++) {
            // More than a batch: the last product is read in the second one.
            insertProduct(connection, "p-zz-" + (10_000 + i), 10 + i, i % 2 == 0 ? ENTITIES : MARKED_UP);
        }
        assertThat(descriptionText(connection, "p-marked-up")).as("before V26").isNull();

        var result = flyway.target("26").load().migrate();

        assertThat(result.targetSchemaVersion).isEqualTo("26");
        assertThat(result.migrations).extracting(migration -> migration.version).containsExactly("26");
        assertThat(descriptionText(connection, "p-marked-up"))
                .isEqualTo("a soft cotton tee")
                .isEqualTo(Description.stored(MARKED_UP).searchText());
        assertThat(descriptionText(connection, "p-entities")).isEqualTo("ceramic & stoneware");
        assertThat(descriptionText(connection, "p-blocks")).isEqualTo("ceramic stoneware red");
        assertThat(descriptionText(connection, "p-empty")).isEmpty();
        String last = "p-zz-" + (10_000 + V26__fill_description_text.BATCH + 9);
        assertThat(descriptionText(connection, last)).isEqualTo("a soft cotton tee");
        assertThat(count(connection, "SELECT COUNT(*) FROM product WHERE description_text IS NULL"))
                .isZero();
        assertThat(count(connection, "SELECT COUNT(*) FROM product WHERE revision <> 1"))
                .as("products whose revision moved")
                .isZero();
        assertThat(count(connection, "SELECT COUNT(*) FROM product WHERE description_text LIKE '%strong%'"))
                .isZero();

        // Run again, it writes the same text.
        new V26__fill_description_text().migrate(new Context() {
            @Override
            public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        });
        assertThat(descriptionText(connection, "p-entities")).isEqualTo("ceramic & stoneware");
    }

    private static void insertStore(Connection connection, String id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO store (store_id, currency,"
                + " last_numeric_id, created_at) VALUES (?, 'USD', 10000, ?)")) {
            insert.setString(1, id);
            insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static void insertProduct(Connection connection, String id, long numericId, String description)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO product (id, store_id, numeric_id,"
                + " slug, name, product_type, description, visible, price, currency, discount_type, discount_value,"
                + " track_inventory, in_stock, manage_variants, inventory_item_id, next_choice_key, created_at,"
                + " last_updated, revision, handle) VALUES (?, 'store-1', ?, ?, ?, 'physical', ?, TRUE, 10, 'USD', 'NONE',"
                + " 0, FALSE, TRUE, FALSE, ?, 1, ?, ?, 1, ?)")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            insert.setString(1, id);
            insert.setLong(2, numericId);
            insert.setString(3, id);
            insert.setString(4, id);
            insert.setString(5, description);
            insert.setString(6, UUID.randomUUID().toString());
            insert.setObject(7, now);
            insert.setObject(8, now);
            insert.setString(9, id);
            insert.executeUpdate();
        }
    }

    private static String descriptionText(Connection connection, String id) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT description_text FROM product WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet result = query.executeQuery()) {
                assertThat(result.next()).as("product " + id).isTrue();
                return result.getString(1);
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getLong(1);
        }
    }
}
