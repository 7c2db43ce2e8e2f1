package io.catalog.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.Description;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Descriptions stored before the sanitizer existed are sanitized by the V20 migration: a schema at version 19 gets
 * products and a collection with descriptions as they were once stored, then is migrated as the server migrates it,
 * and every description reads as {@link Description#of} makes it, with the next revision where it changed. On H2 in
 * memory, and on PostgreSQL ({@code catalog.test.postgresql.url}, default the local {@code test} database) in a schema
 * of its own, dropped afterwards, when it answers.
 */
class ResanitizeDescriptionsTest {

    private static final String HOSTILE = "<p onclick=\"steal()\">Soft <b>cotton</b></p><script>alert(1)</script>"
            + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">more</a>";
    private static final String HOSTILE_SANITIZED = "<p>Soft <b>cotton</b></p>more";
    private static final String PLAIN = "Plain text, & nothing else <3";
    private static final String CLEAN = "<p>Already <em>clean</em></p>";
    /** 7,000 characters as stored, over 8,000 once escaped: the longest beginning that fits is kept. */
    private static final String GROWING = "<".repeat(3000) + "a".repeat(4000);

    @Test
    void onH2() throws Exception {
        try (MigrationTestDatabase database = MigrationTestDatabase.h2("resanitize")) {
            storedBeforeTheSanitizerAreSanitizedByTheMigration(database);
        }
    }

    @Test
    void onPostgresql() throws Exception {
        try (MigrationTestDatabase database = MigrationTestDatabase.postgresql("resanitize_test")) {
            storedBeforeTheSanitizerAreSanitizedByTheMigration(database);
        }
    }

    private static void storedBeforeTheSanitizerAreSanitizedByTheMigration(MigrationTestDatabase database)
            throws Exception {
        // The last version before V20: 19 on H2; PostgreSQL has no 19 (an H2-only migration).
        database.migrateTo(database.isPostgresql() ? "18" : "19");
        database.insertStore("store-1");
        database.insertStore("store-2");
        insertProduct(database, "p-hostile", "store-1", 1, HOSTILE);
        insertProduct(database, "p-plain", "store-2", 1, PLAIN);
        insertProduct(database, "p-clean", "store-2", 2, CLEAN);
        insertProduct(database, "p-growing", "store-2", 3, GROWING);
        for (int i = 0; i < V20__resanitize_descriptions.BATCH + 10; i++) {
            // More than a batch: the last product is read in the second one.
            insertProduct(database, "p-zz-" + (10_000 + i), "store-2", 10 + i, i % 2 == 0 ? CLEAN : HOSTILE);
        }
        insertCollection(database, "c-hostile", "store-1", HOSTILE);

        var result = database.migrateTo("20");

        assertThat(result.targetSchemaVersion).isEqualTo("20");
        assertThat(result.migrations).extracting(migration -> migration.version).contains("20");
        assertThat(description(database, "product", "p-hostile"))
                .isEqualTo(HOSTILE_SANITIZED)
                .isEqualTo(Description.of(HOSTILE).value());
        assertThat(revision(database, "product", "p-hostile")).isEqualTo(2);
        assertThat(description(database, "product", "p-plain"))
                .isEqualTo("Plain text, &amp; nothing else &lt;3")
                .isEqualTo(Description.of(PLAIN).value());
        assertThat(description(database, "product", "p-clean")).isEqualTo(CLEAN);
        assertThat(revision(database, "product", "p-clean"))
                .as("an unchanged description's revision")
                .isEqualTo(1);
        String grown = description(database, "product", "p-growing");
        assertThat(grown.codePointCount(0, grown.length()))
                .isBetween(Description.MAX_LENGTH - 4, Description.MAX_LENGTH);
        assertThat(grown)
                .startsWith("&lt;&lt;")
                .isEqualTo(Description.of(grown.replace("&lt;", "<")).value());
        String last = "p-zz-" + (10_000 + V20__resanitize_descriptions.BATCH + 9);
        assertThat(description(database, "product", last)).isEqualTo(HOSTILE_SANITIZED);
        assertThat(description(database, "collection", "c-hostile")).isEqualTo(HOSTILE_SANITIZED);
        assertThat(revision(database, "collection", "c-hostile")).isEqualTo(2);
        assertThat(productDataVersion(database, "store-1")).isEqualTo(1);
        assertThat(productDataVersion(database, "store-2")).isEqualTo(1);

        // Idempotent: run again, nothing changes.
        database.runAgain(new V20__resanitize_descriptions());
        assertThat(revision(database, "product", "p-hostile")).isEqualTo(2);
        assertThat(revision(database, "product", "p-growing")).isEqualTo(2);
        assertThat(productDataVersion(database, "store-2")).isEqualTo(1);
    }

    private static void insertProduct(
            MigrationTestDatabase database, String id, String store, long numericId, String description)
            throws SQLException {
        try (PreparedStatement insert = database.connection()
                .prepareStatement("INSERT INTO product (id, store_id,"
                        + " numeric_id, slug, name, product_type, description, visible, price, currency, discount_type,"
                        + " discount_value, track_inventory, in_stock, manage_variants, inventory_item_id, next_choice_key,"
                        + " created_at, last_updated, revision) VALUES (?, ?, ?, ?, ?, 'physical', ?, TRUE, 10, 'USD',"
                        + " 'NONE', 0, FALSE, TRUE, FALSE, ?, 1, ?, ?, 1)")) {
            insert.setString(1, id);
            insert.setString(2, store);
            insert.setLong(3, numericId);
            insert.setString(4, id);
            insert.setString(5, id);
            insert.setString(6, description);
            insert.setString(7, UUID.randomUUID().toString());
            insert.setObject(8, MigrationTestDatabase.now());
            insert.setObject(9, MigrationTestDatabase.now());
            insert.executeUpdate();
        }
    }

    private static void insertCollection(MigrationTestDatabase database, String id, String store, String description)
            throws SQLException {
        try (PreparedStatement insert = database.connection()
                .prepareStatement("INSERT INTO collection (id, store_id,"
                        + " name, slug, description, visible, created_at, last_updated, revision) VALUES (?, ?, ?, ?, ?, TRUE,"
                        + " ?, ?, 1)")) {
            insert.setString(1, id);
            insert.setString(2, store);
            insert.setString(3, id);
            insert.setString(4, id);
            insert.setString(5, description);
            insert.setObject(6, MigrationTestDatabase.now());
            insert.setObject(7, MigrationTestDatabase.now());
            insert.executeUpdate();
        }
    }

    private static String description(MigrationTestDatabase database, String table, String id) throws SQLException {
        return (String) database.value("SELECT description FROM " + table + " WHERE id = ?", id);
    }

    private static long revision(MigrationTestDatabase database, String table, String id) throws SQLException {
        return ((Number) database.value("SELECT revision FROM " + table + " WHERE id = ?", id)).longValue();
    }

    private static long productDataVersion(MigrationTestDatabase database, String store) throws SQLException {
        return ((Number) database.value("SELECT product_data_version FROM store WHERE store_id = ?", store))
                .longValue();
    }
}
