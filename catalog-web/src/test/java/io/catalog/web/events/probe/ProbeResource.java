package io.catalog.web.events.probe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** What the test checks from outside: the messages received, and the catalog's outbox rows of a store. */
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
}
