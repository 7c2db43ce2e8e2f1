package io.catalog.web.nodes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What {@link ThreeNodesIT} reads of the nodes' shared PostgreSQL schema: the outbox and the webhook deliveries. */
final class NodesDatabase {

    /** An event as the outbox stores it. */
    record Stored(String id, long sequence) {}

    /** Events claimed and not yet published, and deliveries leased and not yet delivered, at one moment. */
    record InFlight(Set<String> events, Set<String> deliveries) {}

    /** How many events the store has, how many wait to be published, how many deliveries wait, and how many died. */
    record Backlog(int events, int unpublished, int undelivered, int dead) {}

    private final String url;
    private final String schema;

    NodesDatabase(String url, String schema) {
        this.url = url;
        this.schema = schema;
    }

    /** Drops the schema: the first node to start creates it anew. */
    void drop() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        }
    }

    /**
     * The store's events that are claimed (leased into the future) and unpublished, and the subscription's pending
     * deliveries leased into the future: right after a kill, what the dead node may have sent without recording it
     * (and what the others are sending at that moment).
     */
    InFlight inFlight(String storeId, String subscription) throws SQLException {
        return new InFlight(
                strings(
                        "SELECT id FROM event_outbox WHERE store_id = ? AND published_at IS NULL"
                                + " AND next_attempt_at > now()",
                        storeId),
                strings(
                        "SELECT event_id FROM webhook_delivery WHERE subscription_id = ? AND status = 'PENDING'"
                                + " AND next_attempt_at > now()",
                        subscription));
    }

    /** The store's events that failed to publish at least once (so were offered again). */
    Set<String> retriedEvents(String storeId) throws SQLException {
        return strings("SELECT id FROM event_outbox WHERE store_id = ? AND attempts > 0", storeId);
    }

    /** The subscription's deliveries that took more than one recorded attempt. */
    Set<String> retriedDeliveries(String subscription) throws SQLException {
        return strings(
                "SELECT event_id FROM webhook_delivery WHERE subscription_id = ? AND attempts > 1", subscription);
    }

    Backlog backlog(String storeId, String subscription) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement("SELECT"
                        + " (SELECT count(*) FROM event_outbox WHERE store_id = ?),"
                        + " (SELECT count(*) FROM event_outbox WHERE store_id = ? AND published_at IS NULL),"
                        + " (SELECT count(*) FROM webhook_delivery WHERE subscription_id = ?"
                        + " AND status <> 'DELIVERED'),"
                        + " (SELECT count(*) FROM webhook_delivery WHERE subscription_id = ? AND status = 'DEAD')")) {
            statement.setString(1, storeId);
            statement.setString(2, storeId);
            statement.setString(3, subscription);
            statement.setString(4, subscription);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Backlog(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4));
            }
        }
    }

    /** The store's events by product, each product's in sequence order. */
    Map<String, List<Stored>> events(String storeId) throws SQLException {
        Map<String, List<Stored>> events = new LinkedHashMap<>();
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT aggregate_id, id, sequence FROM event_outbox WHERE store_id = ?"
                                + " ORDER BY aggregate_id, sequence")) {
            statement.setString(1, storeId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.computeIfAbsent(rows.getString(1), p -> new ArrayList<>())
                            .add(new Stored(rows.getString(2), rows.getLong(3)));
                }
            }
        }
        return events;
    }

    /**
     * Statements' traces in PostgreSQL's statistics of the schema's tables: per table, the scans (sequential and by
     * index: about one per statement that reads or locks rows of it) and the rows inserted, updated and deleted.
     * PostgreSQL publishes a session's counts when a transaction ends, at most once a second, and an idle session's
     * within about ten seconds: compare snapshots taken far enough apart.
     */
    Map<String, long[]> tableActivity() throws SQLException {
        Map<String, long[]> activity = new java.util.TreeMap<>();
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement("SELECT relname,"
                        + " coalesce(seq_scan, 0) + coalesce(idx_scan, 0), n_tup_ins, n_tup_upd, n_tup_del"
                        + " FROM pg_stat_user_tables WHERE schemaname = ?")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    activity.put(
                            rows.getString(1),
                            new long[] {rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)});
                }
            }
        }
        return activity;
    }

    /** The busiest tables between two snapshots of {@link #tableActivity}, as "table scans/ins/upd/del" per unit. */
    static String difference(Map<String, long[]> before, Map<String, long[]> after, double per, String unit) {
        StringBuilder text = new StringBuilder();
        after.entrySet().stream()
                .map(e -> {
                    long[] was = before.getOrDefault(e.getKey(), new long[4]);
                    long[] is = e.getValue();
                    return java.util.Map.entry(
                            e.getKey(), new long[] {is[0] - was[0], is[1] - was[1], is[2] - was[2], is[3] - was[3]});
                })
                .filter(e -> e.getValue()[0] + e.getValue()[1] + e.getValue()[2] + e.getValue()[3] > 0)
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> text.append(String.format(
                        java.util.Locale.ROOT,
                        "%s %.1f/%.1f/%.1f/%.1f; ",
                        e.getKey(),
                        e.getValue()[0] / per,
                        e.getValue()[1] / per,
                        e.getValue()[2] / per,
                        e.getValue()[3] / per)));
        return "scans/inserts/updates/deletes per " + unit + ": " + text;
    }

    private Set<String> strings(String sql, String parameter) throws SQLException {
        Set<String> values = new TreeSet<>();
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }
}
