package io.catalog.web.products.probe;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
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
import javax.sql.DataSource;

/**
 * A product's choice rows as stored, read and changed straight in the catalog's database: what the choice
 * availability test checks, and rows as written before the availability was stored.
 */
@Path("/choices")
@Produces(MediaType.APPLICATION_JSON)
public class ChoiceRowsResource {

    @Resource(lookup = "jdbc/catalog")
    DataSource catalog;

    /** The product's choice rows in display order: value, inStock, visible (null when not stored). */
    @GET
    public JsonArray choices(@QueryParam("product") String product) throws SQLException {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        try (Connection connection = catalog.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT choice_value, in_stock, visible"
                        + " FROM product_choice WHERE product_id = ? ORDER BY option_position, choice_position")) {
            query.setString(1, product);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(Json.createObjectBuilder()
                            .add("value", result.getString(1))
                            .add("inStock", flag(result, 2))
                            .add("visible", flag(result, 3)));
                }
            }
        }
        return rows.build();
    }

    /** Clears the stored availability of the product's choices, as rows written before it was stored hold. */
    @POST
    @Path("forget-availability")
    @Produces(MediaType.TEXT_PLAIN)
    public String forget(@QueryParam("product") String product) throws SQLException {
        try (Connection connection = catalog.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE product_choice SET in_stock = NULL," + " visible = NULL WHERE product_id = ?")) {
            update.setString(1, product);
            return Integer.toString(update.executeUpdate());
        }
    }

    private static JsonValue flag(ResultSet result, int column) throws SQLException {
        boolean value = result.getBoolean(column);
        return result.wasNull() ? JsonValue.NULL : value ? JsonValue.TRUE : JsonValue.FALSE;
    }
}
