package io.catalog.persistence.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL plans a storefront's conditions on booleans (read as {@link ProductQueryTranslator#BOOLEAN_AS_NUMBER})
 * from what they really keep: a page far into a store walks the store's index instead of reading the whole table
 * and sorting it. Runs on a schema of its own in the local {@code test} database ({@code catalog.test.postgresql.url}),
 * migrated as the server migrates it; skipped, saying why, when PostgreSQL does not answer.
 */
class StorefrontPlansOnPostgresqlTest {

    private static final String URL =
            System.getProperty("catalog.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("catalog.test.postgresql.user", "postgres");
    private static final String SCHEMA =
            "plans_test_" + UUID.randomUUID().toString().substring(0, 8);
    private static final String VISIBLE = ProductQueryTranslator.BOOLEAN_AS_NUMBER.replace("?", "visible") + " = 1";

    @BeforeAll
    static void migrateAndFill() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
            connection.isValid(5);
        } catch (SQLException e) {
            String reason = "PostgreSQL does not answer at " + URL + " (" + e.getMessage()
                    + "): the storefront plan test is skipped";
            System.out.println("[WARNING] " + reason);
            Assumptions.abort(reason);
        }
        Flyway.configure(StorefrontPlansOnPostgresqlTest.class.getClassLoader())
                .dataSource(URL, USER, "")
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(true)
                .load()
                .migrate();
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            // 20,000 products, nine in ten of them visible, as a store a storefront pages through.
            statement.execute("INSERT INTO store (store_id, currency, last_numeric_id, created_at)"
                    + " VALUES ('shop', 'USD', 20000, now())");
            statement.execute("""
                    INSERT INTO product (id, store_id, numeric_id, slug, name, product_type, description, sku, weight,
                                         visible, price, currency, discount_type, discount_value, track_inventory,
                                         quantity, in_stock, manage_variants, inventory_item_id, next_choice_key,
                                         created_at, last_updated, revision, handle)
                      SELECT md5('shop' || n)::uuid::text, 'shop', n, 'product-' || n, 'Product ' || n, 'PHYSICAL',
                             '', 'SKU-' || n, 0, n % 10 <> 0, (n % 500) + 0.99, 'USD', 'NONE', 0, false, NULL, true,
                             false, md5('inv' || n)::uuid::text, 1, now(), now(), 1, 'product-' || n
                      FROM generate_series(1, 20000) AS n""");
            statement.execute("ANALYZE product");
        }
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (SQLException e) {
            // PostgreSQL is not there: nothing was created.
        }
    }

    @Test
    void aStorefrontPageFarIntoTheStoreWalksTheStoresIndex() throws SQLException {
        List<String> plan = explain("SELECT * FROM product WHERE store_id = 'shop' AND " + VISIBLE
                + " ORDER BY store_id ASC, numeric_id ASC LIMIT 100 OFFSET 5000");

        assertThat(plan).noneMatch(line -> line.contains("Seq Scan on product"));
        assertThat(plan).anyMatch(line -> line.contains("Index Scan using uq_product_store_numeric_id"));
    }

    @Test
    void theVisibleShareIsEstimatedAsItIs() throws SQLException {
        // 18,000 of 20,000 are visible; without statistics on the expression PostgreSQL guesses 100 (0.5%).
        List<String> plan = explain("SELECT * FROM product WHERE store_id = 'shop' AND " + VISIBLE);

        long estimated = plan.stream()
                .filter(line -> line.contains("rows="))
                .map(line -> line.replaceAll(".*rows=(\\d+).*", "$1"))
                .mapToLong(Long::parseLong)
                .findFirst()
                .orElseThrow();
        assertThat(estimated).isBetween(15_000L, 20_000L);
    }

    private static List<String> explain(String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("EXPLAIN " + sql)) {
            while (result.next()) {
                lines.add(result.getString(1));
            }
        }
        return lines;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA, USER, "");
    }
}
