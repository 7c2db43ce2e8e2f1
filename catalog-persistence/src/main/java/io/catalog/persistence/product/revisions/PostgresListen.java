package io.catalog.persistence.product.revisions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * One connection LISTENing to the product channel of its schema ({@code catalog_products_<schema>}, see migration
 * V18), through the PostgreSQL driver's own interface. The only class that names the driver: it is loaded only once
 * {@link ProductChangeNotices} found the driver's classes visible to the application.
 */
final class PostgresListen {

    /** How the listening connection shows in pg_stat_activity. */
    static final String APPLICATION_NAME = "catalog-product-change-notices";
    /** The payload of a TRUNCATE of the product table. */
    static final String TRUNCATE = "truncate";

    private static final String ROW_TRIGGER = "product_change_notice";
    private static final String TRUNCATE_TRIGGER = "product_truncate_notice";

    private final Connection connection;
    private final PGConnection postgres;
    private final String channel;
    private final Executor timeouts;

    private PostgresListen(Connection connection, PGConnection postgres, String channel, Executor timeouts) {
        this.connection = connection;
        this.postgres = postgres;
        this.channel = channel;
        this.timeouts = timeouts;
    }

    /**
     * Starts listening on {@code connection} (in auto-commit: notifications arrive between transactions), on the
     * channel of the schema the product table is in, after enabling the table's notice triggers if they are not.
     * Listening comes last, so a failure before it leaves nothing to undo.
     */
    static PostgresListen on(Connection connection, Executor timeouts, int networkTimeoutMillis) throws SQLException {
        connection.setAutoCommit(true);
        PGConnection postgres = connection.unwrap(PGConnection.class);
        connection.setNetworkTimeout(timeouts, networkTimeoutMillis);
        try {
            String schema;
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT n.nspname FROM pg_class c JOIN pg_namespace n"
                            + " ON n.oid = c.relnamespace WHERE c.oid = 'product'::regclass")) {
                row.next();
                schema = row.getString(1);
            }
            enableTriggers(connection, schema);
            String channel = "catalog_products_" + schema;
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET application_name = '" + APPLICATION_NAME + "'");
                statement.execute("LISTEN " + quoted(channel));
            }
            return new PostgresListen(connection, postgres, channel, timeouts);
        } catch (SQLException | RuntimeException e) {
            new PostgresListen(connection, postgres, "", timeouts).unlisten();
            throw e;
        }
    }

    /**
     * Enables the product table's notice triggers (V18) where they are disabled: the first server of the database to
     * listen does it, once; the lock it needs waits at most 5 s for running transactions (then listening is retried).
     */
    private static void enableTriggers(Connection connection, String schema) throws SQLException {
        List<String> disabled = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT tgname, tgenabled FROM pg_trigger"
                + " WHERE tgrelid = 'product'::regclass AND tgname IN (?, ?)")) {
            statement.setString(1, ROW_TRIGGER);
            statement.setString(2, TRUNCATE_TRIGGER);
            List<String> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                    // O and A fire in ordinary sessions; D (disabled) and R (replica sessions only) do not.
                    if (!"O".equals(rows.getString(2)) && !"A".equals(rows.getString(2))) {
                        disabled.add(rows.getString(1));
                    }
                }
            }
            if (found.size() != 2) {
                throw new SQLException("the product table lacks its notice triggers (migration V18): found " + found);
            }
        }
        if (disabled.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = '5s'");
            try {
                for (String trigger : disabled) {
                    statement.execute("ALTER TABLE " + quoted(schema) + ".product ENABLE TRIGGER " + trigger);
                }
            } finally {
                statement.execute("RESET lock_timeout");
            }
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** Sends {@code payload} on the channel; it is delivered after everything committed before. */
    void notify(String payload) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            statement.setString(1, channel);
            statement.setString(2, payload);
            statement.execute();
        }
    }

    /** The payloads received, in the order sent; waits up to {@code timeoutMillis} (at least 1) for the first. */
    List<String> receive(int timeoutMillis) throws SQLException {
        PGNotification[] notifications = postgres.getNotifications(Math.max(1, timeoutMillis));
        if (notifications == null || notifications.length == 0) {
            return List.of();
        }
        List<String> payloads = new ArrayList<>(notifications.length);
        for (PGNotification notification : notifications) {
            if (channel.equals(notification.getName())) {
                payloads.add(notification.getParameter());
            }
        }
        return payloads;
    }

    /** Stops listening and undoes its settings, so that the connection goes back to the pool as any other. */
    void unlisten() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN *");
            statement.execute("RESET application_name");
            connection.setNetworkTimeout(timeouts, 0);
        } catch (SQLException ignored) {
            // a broken connection is not reused anyway
        }
    }
}
