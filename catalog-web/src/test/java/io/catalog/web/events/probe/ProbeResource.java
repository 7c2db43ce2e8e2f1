package io.catalog.web.events.probe;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What the test checks from outside: the messages received, and the catalog's outbox rows of a store; and, for the
 * retention test, old rows put straight into the catalog's tables.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    @Resource(lookup = "jdbc/catalog")
    DataSource catalog;

    @GET
    @Path("received")
    public JsonArray received(@QueryParam("store") String store) {
        JsonArrayBuilder messages = Json.createArrayBuilder();
        ReceivedEvents.of(store).forEach(messages::add);
        return messages.build();
    }

    @GET
    @Path("outbox")
    public JsonArray outbox(@QueryParam("store") String store) throws SQLException {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        try (Connection connection = catalog.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT id, event_type, aggregate_type,"
                        + " aggregate_id, sequence, payload, published_at FROM event_outbox WHERE store_id = ?"
                        + " ORDER BY aggregate_id, sequence")) {
            query.setString(1, store);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    JsonObjectBuilder row = Json.createObjectBuilder()
                            .add("id", result.getString("id"))
                            .add("eventType", result.getString("event_type"))
                            .add("aggregateType", result.getString("aggregate_type"))
                            .add("aggregateId", result.getString("aggregate_id"))
                            .add("sequence", result.getLong("sequence"))
                            .add("payload", result.getString("payload"))
                            .add("published", result.getObject("published_at") != null);
                    rows.add(row);
                }
            }
        }
        return rows.build();
    }

    /** Moves the publishing (and occurrence) time of the store's published events {@code days} into the past. */
    @POST
    @Path("age")
    @Produces(MediaType.TEXT_PLAIN)
    public String age(@QueryParam("store") String store, @QueryParam("days") int days) throws SQLException {
        try (Connection connection = catalog.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE event_outbox SET published_at = ?,"
                        + " occurred_at = ? WHERE store_id = ? AND published_at IS NOT NULL")) {
            OffsetDateTime then = OffsetDateTime.now(ZoneOffset.UTC).minusDays(days);
            update.setObject(1, then);
            update.setObject(2, then);
            update.setString(3, store);
            return Integer.toString(update.executeUpdate());
        }
    }

    /** Adds an unpublished event of the store that occurred {@code days} ago and is not due for a year. */
    @POST
    @Path("pending-event")
    @Produces(MediaType.TEXT_PLAIN)
    public String pendingEvent(@QueryParam("store") String store, @QueryParam("days") int days) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection connection = catalog.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO event_outbox (id, store_id,"
                        + " event_type, aggregate_type, aggregate_id, sequence, payload, occurred_at, published_at,"
                        + " attempts, next_attempt_at, last_error) VALUES (?, ?, 'ProductChanged', 'product', ?, 1, '{}',"
                        + " ?, NULL, 0, ?, NULL)")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            insert.setString(1, id);
            insert.setString(2, store);
            insert.setString(3, UUID.randomUUID().toString());
            insert.setObject(4, now.minusDays(days));
            insert.setObject(5, now.plusDays(365));
            insert.executeUpdate();
        }
        return id;
    }

    /**
     * Adds a delivery of an event to a subscription, with one attempt: {@code DELIVERED} or {@code DEAD} finished
     * {@code days} ago, or {@code PENDING} created then and not due for a year.
     */
    @POST
    @Path("delivery")
    @Produces(MediaType.TEXT_PLAIN)
    public String delivery(
            @QueryParam("subscription") String subscription,
            @QueryParam("event") String event,
            @QueryParam("status") String status,
            @QueryParam("days") int days)
            throws SQLException {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime then = now.minusDays(days);
        boolean pending = "PENDING".equals(status);
        try (Connection connection = catalog.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_delivery (id,"
                        + " subscription_id, event_id, event_type, aggregate_key, sequence, status, attempts,"
                        + " next_attempt_at, created_at, last_attempt_at, last_status_code, last_error, finished_at)"
                        + " VALUES (?, ?, ?, 'ProductChanged', ?, 1, ?, 1, ?, ?, ?, 500, 'HTTP 500', ?)");
                PreparedStatement attempt = connection.prepareStatement("INSERT INTO webhook_attempt (delivery_id,"
                        + " attempt, attempted_at, status_code, error) VALUES (?, 1, ?, 500, 'HTTP 500')")) {
            insert.setString(1, id);
            insert.setString(2, subscription);
            insert.setString(3, event);
            insert.setString(4, "product:" + UUID.randomUUID());
            insert.setString(5, status);
            insert.setObject(6, pending ? now.plusDays(365) : then);
            insert.setObject(7, then);
            insert.setObject(8, then);
            insert.setObject(9, pending ? null : then, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            insert.executeUpdate();
            attempt.setString(1, id);
            attempt.setObject(2, then);
            attempt.executeUpdate();
        }
        return id;
    }

    /** The subscription's deliveries: {@code [{id, status, attempts}]}, {@code attempts} counting attempt rows. */
    @GET
    @Path("deliveries")
    public JsonArray deliveries(@QueryParam("subscription") String subscription) throws SQLException {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        try (Connection connection = catalog.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT d.id, d.status, (SELECT COUNT(*) FROM"
                        + " webhook_attempt a WHERE a.delivery_id = d.id) AS attempt_rows FROM webhook_delivery d"
                        + " WHERE d.subscription_id = ? ORDER BY d.id")) {
            query.setString(1, subscription);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(Json.createObjectBuilder()
                            .add("id", result.getString("id"))
                            .add("status", result.getString("status"))
                            .add("attempts", result.getLong("attempt_rows")));
                }
            }
        }
        return rows.build();
    }
}
