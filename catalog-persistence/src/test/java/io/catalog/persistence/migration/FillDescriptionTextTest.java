package io.catalog.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.Description;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Products stored before {@code product.description_text} existed get it from the V26 migration: a schema at the
 * version before V26 gets products (more than a batch), then is migrated as the server migrates it, and every product's
 * column holds {@link Description#searchText()} of its description, with its revision unchanged. On H2 in memory, and on
 * PostgreSQL ({@code catalog.test.postgresql.url}, default the local {@code test} database) in a schema of its own,
 * dropped afterwards, when it answers.
 */
class FillDescriptionTextTest {

    private static final String MARKED_UP = "<p>A <strong>soft</strong> cotton tee</p>";
    private static final String ENTITIES = "<p>Ceramic &amp; stoneware</p>";
    private static final String BLOCKS = "<p>Ceramic</p><p>stoneware</p><ul><li>Red</li></ul>";

    @Test
    void onH2() throws Exception {
        try (MigrationTestDatabase database = MigrationTestDatabase.h2("fill-description-text")) {
            storedBeforeTheColumnGetTheirTextFromTheMigration(database);
        }
    }

    @Test
    void onPostgresql() throws Exception {
        try (MigrationTestDatabase database = MigrationTestDatabase.postgresql("fill_text_test")) {
            storedBeforeTheColumnGetTheirTextFromTheMigration(database);
        }
    }

    private static void storedBeforeTheColumnGetTheirTextFromTheMigration(MigrationTestDatabase database)
            throws Exception {
        // The last version before V26: 25.1 on PostgreSQL (its trigram indexes), 25 on H2.
        database.migrateTo(database.isPostgresql() ? "25.1" : "25");
        database.insertStore("store-1");
        insertProduct(database, "p-marked-up", 1, MARKED_UP);
        insertProduct(database, "p-entities", 2, ENTITIES);
        insertProduct(database, "p-blocks", 3, BLOCKS);
        insertProduct(database, "p-empty", 4, "");
        for (int i = 0; i < V26__fill_description_text.BATCH + 10; i++) {
            // More than a batch: the last product is read in the second one.
            insertProduct(database, "p-zz-" + (10_000 + i), 10 + i, i % 2 == 0 ? ENTITIES : MARKED_UP);
        }
        assertThat(descriptionText(database, "p-marked-up")).as("before V26").isNull();

        var result = database.migrateTo("26");

        assertThat(result.targetSchemaVersion).isEqualTo("26");
        assertThat(result.migrations).extracting(migration -> migration.version).containsExactly("26");
        assertThat(descriptionText(database, "p-marked-up"))
                .isEqualTo("a soft cotton tee")
                .isEqualTo(Description.stored(MARKED_UP).searchText());
        assertThat(descriptionText(database, "p-entities")).isEqualTo("ceramic & stoneware");
        assertThat(descriptionText(database, "p-blocks")).isEqualTo("ceramic stoneware red");
        assertThat(descriptionText(database, "p-empty")).isEmpty();
        String last = "p-zz-" + (10_000 + V26__fill_description_text.BATCH + 9);
        assertThat(descriptionText(database, last)).isEqualTo("a soft cotton tee");
        assertThat(database.count("SELECT COUNT(*) FROM product WHERE description_text IS NULL"))
                .isZero();
        assertThat(database.count("SELECT COUNT(*) FROM product WHERE revision <> 1"))
                .as("products whose revision moved")
                .isZero();
        assertThat(database.count("SELECT COUNT(*) FROM product WHERE description_text LIKE '%strong%'"))
                .isZero();

        // Run again, it writes the same text.
        database.runAgain(new V26__fill_description_text());
        assertThat(descriptionText(database, "p-entities")).isEqualTo("ceramic & stoneware");
    }

    private static void insertProduct(MigrationTestDatabase database, String id, long numericId, String description)
            throws SQLException {
        try (PreparedStatement insert = database.connection()
                .prepareStatement("INSERT INTO product (id, store_id,"
                        + " numeric_id, slug, name, product_type, description, visible, price, currency, discount_type,"
                        + " discount_value, track_inventory, in_stock, manage_variants, inventory_item_id, next_choice_key,"
                        + " created_at, last_updated, revision, handle) VALUES (?, 'store-1', ?, ?, ?, 'physical', ?, TRUE, 10,"
                        + " 'USD', 'NONE', 0, FALSE, TRUE, FALSE, ?, 1, ?, ?, 1, ?)")) {
            insert.setString(1, id);
            insert.setLong(2, numericId);
            insert.setString(3, id);
            insert.setString(4, id);
            insert.setString(5, description);
            insert.setString(6, UUID.randomUUID().toString());
            insert.setObject(7, MigrationTestDatabase.now());
            insert.setObject(8, MigrationTestDatabase.now());
            insert.setString(9, id);
            insert.executeUpdate();
        }
    }

    private static String descriptionText(MigrationTestDatabase database, String id) throws SQLException {
        return (String) database.value("SELECT description_text FROM product WHERE id = ?", id);
    }
}
