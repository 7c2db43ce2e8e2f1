package io.catalog.persistence.product;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

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

    private final Connection connection;
    private final PGConnection postgres;
    private final String channel;

    private PostgresListen(Connection connection, PGConnection postgres, String channel) {
        this.connection = connection;
        this.postgres = postgres;
        this.channel = channel;
    }

    /** Starts listening on {@code connection} (in auto-commit: notifications arrive between transactions). */
    static PostgresListen on(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        String schema;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_schema()")) {
            row.next();
            schema = row.getString(1);
        }
        String channel = "catalog_products_" + schema;
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET application_name = '" + APPLICATION_NAME + "'");
            statement.execute("LISTEN \"" + channel.replace("\"", "\"\"") + "\"");
        }
        return new PostgresListen(connection, connection.unwrap(PGConnection.class), channel);
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

    /** Stops listening, so that the connection goes back to the pool as any other. */
    void unlisten() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN *");
            statement.execute("RESET application_name");
        } catch (SQLException ignored) {
            // a broken connection is not reused anyway
        }
    }
}
