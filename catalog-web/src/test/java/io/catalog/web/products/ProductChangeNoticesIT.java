package io.catalog.web.products;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.ProductBody;
import io.catalog.web.support.ProductOptions;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The PostgreSQL run's server trusts kept product revisions on PostgreSQL's notifications, as every server on
 * PostgreSQL does by default ({@code catalog.product-cache.revisions=auto}, maximum staleness 1 s): a kept answer is sent without any
 * statement; a client reads its own writes at once; a change written elsewhere (here: by SQL, as another server
 * writes it) is seen by every read that starts more than the maximum staleness after its commit, also while the
 * server's listening connection is broken and after it listens again.
 */
@EnabledIfSystemProperty(named = "catalog.it.database", matches = "postgresql")
class ProductChangeNoticesIT extends CatalogIT {

    private static final String HEADER = "X-Catalog-Sql-Statements";
    /** The server's catalog.product-cache.max-staleness, and a margin for the time between commit and return. */
    private static final long STALENESS_MILLIS = 1_000 + 200;

    @Test
    void aKeptAnswerIsSentWithoutAnyStatement() throws InterruptedException {
        Api store = newStore();
        String path = "/stores/v1/products/"
                + ProductApiIT.create(
                                store,
                                ProductBody.named("Optioned")
                                        .manageVariants()
                                        .options(ProductOptions.generated(2, 3))
                                        .json())
                        .getString("id")
                + "?includeVariants=true";
        Api.Response first = store.get(path);

        Api.Response kept = awaitKept(store, path);

        assertThat(kept.body()).isEqualTo(first.body());
        assertThat(kept.header("ETag")).isEqualTo(first.header("ETag"));
    }

    @Test
    void aClientReadsItsOwnWritesAtOnce() {
        Api store = newStore();
        String path = "/stores/v1/products/"
                + ProductApiIT.create(
                                store,
                                ProductBody.named("Optioned")
                                        .manageVariants()
                                        .options(ProductOptions.generated(1, 2))
                                        .json())
                        .getString("id");
        for (int i = 0; i < 30; i++) {
            assertThat(read(store, path).getString("name")).isNotEqualTo("Name " + i);
            assertThat(store.patch(path, ProductBody.changes().name("Name " + i).json())
                            .status())
                    .isEqualTo(200);
            assertThat(read(store, path).getString("name")).isEqualTo("Name " + i);
        }
        assertThat(store.delete(path).status()).isEqualTo(200);
        assertThat(store.get(path).status()).isEqualTo(404);
    }

    @Test
    void aChangeWrittenElsewhereIsSeenWithinTheMaximumStaleness() throws Exception {
        Api store = newStore();
        JsonObject created = ProductApiIT.create(
                store,
                ProductBody.named("Optioned")
                        .manageVariants()
                        .options(ProductOptions.generated(1, 2))
                        .json());
        String path = "/stores/v1/products/" + created.getString("id");

        for (int i = 0; i < 3; i++) {
            long revision = Long.parseLong(
                    awaitKept(store, path).json().getJsonObject("product").getString("revision"));
            renameElsewhere(created.getString("id"), "Elsewhere " + i);
            Thread.sleep(STALENESS_MILLIS);

            JsonObject seen = read(store, path);
            assertThat(seen.getString("name")).isEqualTo("Elsewhere " + i);
            assertThat(Long.parseLong(seen.getString("revision"))).isEqualTo(revision + 1);
        }
    }

    @Test
    void aChangeMadeWhileTheListenerIsCutOffIsSeenAndAnswersAreKeptAgainAfterwards() throws Exception {
        Api store = newStore();
        JsonObject created = ProductApiIT.create(
                store,
                ProductBody.named("Optioned")
                        .manageVariants()
                        .options(ProductOptions.generated(1, 2))
                        .json());
        String path = "/stores/v1/products/" + created.getString("id");
        awaitKept(store, path);

        assertThat(terminateListener()).as("the server's listening connection").isPositive();
        renameElsewhere(created.getString("id"), "While cut off");
        Thread.sleep(STALENESS_MILLIS);
        assertThat(read(store, path).getString("name")).isEqualTo("While cut off");

        // The server listens again (it retries every second) and then keeps answers without statements again.
        assertThat(awaitKept(store, path).json().getJsonObject("product").getString("name"))
                .isEqualTo("While cut off");

        renameElsewhere(created.getString("id"), "After");
        Thread.sleep(STALENESS_MILLIS);
        assertThat(read(store, path).getString("name")).isEqualTo("After");
    }

    /**
     * Reads until an answer comes without any statement (kept revisions are trusted only while the listener has
     * heard its heartbeat lately, every 250 ms, and a busy machine may delay it); that answer.
     */
    private static Api.Response awaitKept(Api store, String path) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Api.Response response = store.get(path);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            if (Integer.parseInt(response.header(HEADER)) == 0) {
                return response;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no read of " + path + " was answered without a statement in 10 s");
    }

    @Test
    void theServerListeningEnabledTheTablesNoticeTriggers() throws Exception {
        // Created disabled by V18 (other servers need not pay for notifications); enabled by the first listener,
        // which starts listening just after the application has started (and this test may come first).
        List<String> enabled = List.of("product_change_notice O", "product_truncate_notice O");
        List<String> triggers = List.of();
        for (int i = 0; i < 100 && !triggers.equals(enabled); i++) {
            if (i > 0) {
                Thread.sleep(100);
            }
            triggers = noticeTriggers();
        }
        assertThat(triggers).isEqualTo(enabled);
    }

    /** The product table's notice triggers, each with its pg_trigger.tgenabled (O: enabled, D: disabled). */
    private static List<String> noticeTriggers() throws SQLException {
        try (Connection connection = database();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT tgname, tgenabled FROM pg_trigger"
                        + " WHERE tgrelid = 'product'::regclass AND tgname LIKE 'product_%_notice' ORDER BY tgname")) {
            List<String> triggers = new ArrayList<>();
            while (rows.next()) {
                triggers.add(rows.getString(1) + " " + rows.getString(2));
            }
            return triggers;
        }
    }

    /** Renames the product with SQL, as another server's write changes its row (a new revision). */
    private static void renameElsewhere(String productId, String name) throws SQLException {
        try (Connection connection = database();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE product SET name = ?, revision = revision + 1 WHERE id = ?")) {
            update.setString(1, name);
            update.setString(2, productId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** Ends the server's listening connection from the database side; how many were ended. */
    private static int terminateListener() throws SQLException {
        try (Connection connection = database();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE application_name = 'catalog-product-change-notices'"
                        + " AND datname = current_database()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("catalog.it.postgresql.url"), "postgres", "");
    }

    private static JsonObject read(Api store, String path) {
        Api.Response response = store.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }
}
