package io.catalog.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Collections stored before V34 become top-level categories (path {@code /id/}, depth 1, no parent) and keep their
 * members, whose sort keys follow their product ids 2^20 apart. On H2 in memory, and on PostgreSQL in a schema of its
 * own when it answers.
 */
class CategoryTreeMigrationTest {

    private static final long GAP = 1L << 20;

    @Test
    void onH2() throws Exception {
        try (MigrationTestDatabase database = MigrationTestDatabase.h2("category-tree")) {
            collectionsBecomeTopLevelCategoriesWithOrderedMembers(database);
        }
    }

    @Test
    void onPostgresql() throws Exception {
        try (MigrationTestDatabase database = MigrationTestDatabase.postgresql("category_tree_test")) {
            collectionsBecomeTopLevelCategoriesWithOrderedMembers(database);
        }
    }

    private static void collectionsBecomeTopLevelCategoriesWithOrderedMembers(MigrationTestDatabase database)
            throws Exception {
        database.migrateTo("26");
        database.insertStore("store-1");
        for (String product : new String[] {"p-c", "p-a", "p-b"}) {
            insertProduct(database, product);
        }
        insertCollection(database, "c-1", "summer");
        insertCollection(database, "c-2", "winter");
        member(database, "c-1", "p-c");
        member(database, "c-1", "p-a");
        member(database, "c-1", "p-b");
        member(database, "c-2", "p-b");

        var result = database.migrateTo("34");

        // (PostgreSQL also runs its vendor migrations between 26 and 34)
        assertThat(result.migrations).extracting(migration -> migration.version).endsWith("34");
        assertThat(database.value("SELECT path FROM collection WHERE id = ?", "c-1"))
                .isEqualTo("/c-1/");
        assertThat(((Number) database.value("SELECT depth FROM collection WHERE id = ?", "c-2")).intValue())
                .isEqualTo(1);
        assertThat(database.count(
                        "SELECT COUNT(*) FROM collection WHERE parent_id IS NOT NULL OR image_url IS NOT NULL"))
                .isZero();
        assertThat(sortKey(database, "c-1", "p-a")).isEqualTo(GAP);
        assertThat(sortKey(database, "c-1", "p-b")).isEqualTo(2 * GAP);
        assertThat(sortKey(database, "c-1", "p-c")).isEqualTo(3 * GAP);
        assertThat(sortKey(database, "c-2", "p-b")).isEqualTo(GAP);
        assertThat(database.count("SELECT COUNT(*) FROM product_collection")).isEqualTo(4);
    }

    private static long sortKey(MigrationTestDatabase database, String collection, String product) throws SQLException {
        return ((Number) database.value(
                        "SELECT sort_key FROM product_collection WHERE collection_id = '" + collection
                                + "' AND product_id = ?",
                        product))
                .longValue();
    }

    private static void insertCollection(MigrationTestDatabase database, String id, String slug) throws SQLException {
        try (PreparedStatement insert = database.connection()
                .prepareStatement("INSERT INTO collection (id, store_id, name, slug, description, visible, created_at,"
                        + " last_updated, revision) VALUES (?, 'store-1', ?, ?, '', TRUE, ?, ?, 1)")) {
            insert.setString(1, id);
            insert.setString(2, slug);
            insert.setString(3, slug);
            insert.setObject(4, MigrationTestDatabase.now());
            insert.setObject(5, MigrationTestDatabase.now());
            insert.executeUpdate();
        }
    }

    private static void member(MigrationTestDatabase database, String collection, String product) throws SQLException {
        try (PreparedStatement insert = database.connection()
                .prepareStatement("INSERT INTO product_collection (collection_id, product_id) VALUES (?, ?)")) {
            insert.setString(1, collection);
            insert.setString(2, product);
            insert.executeUpdate();
        }
    }

    private static void insertProduct(MigrationTestDatabase database, String id) throws SQLException {
        try (PreparedStatement insert = database.connection()
                .prepareStatement("INSERT INTO product (id, store_id,"
                        + " numeric_id, slug, name, product_type, description, visible, price, currency, discount_type,"
                        + " discount_value, track_inventory, in_stock, manage_variants, inventory_item_id, next_choice_key,"
                        + " created_at, last_updated, revision, handle) VALUES (?, 'store-1', ?, ?, ?, 'physical', '', TRUE,"
                        + " 10, 'USD', 'NONE', 0, FALSE, TRUE, FALSE, ?, 1, ?, ?, 1, ?)")) {
            insert.setString(1, id);
            insert.setLong(2, Math.abs(id.hashCode()) % 1000 + 1);
            insert.setString(3, id);
            insert.setString(4, id);
            insert.setString(5, UUID.randomUUID().toString());
            insert.setObject(6, MigrationTestDatabase.now());
            insert.setObject(7, MigrationTestDatabase.now());
            insert.setString(8, id);
            insert.executeUpdate();
        }
    }
}
