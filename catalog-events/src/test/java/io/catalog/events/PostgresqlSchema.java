package io.catalog.events;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL schema of a test class's own, migrated by Flyway before its tests and dropped after them, with the
 * persistence unit outside the server on it: resource-local transactions, each entity manager on its own connection
 * (as two servers have). Runs against {@code catalog.test.postgresql.url} (default the local {@code test} database);
 * the test class is skipped, saying why, when PostgreSQL does not answer. Registered as a static field:
 * {@code @RegisterExtension static final PostgresqlSchema DATABASE = new PostgresqlSchema("relay_test_", ...)}.
 */
public final class PostgresqlSchema implements BeforeAllCallback, AfterAllCallback {

    private static final String URL =
            System.getProperty("catalog.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("catalog.test.postgresql.user", "postgres");

    private final String name;
    private final String skipped;
    private EntityManagerFactory factory;

    /**
     * @param prefix the schema's name before a random suffix
     * @param what   the test, as the warning that it is skipped names it ("the two-relay test")
     */
    public PostgresqlSchema(String prefix, String what) {
        this.name = prefix + UUID.randomUUID().toString().substring(0, 8);
        this.skipped = what + " is skipped";
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try (Connection connection = connect()) {
            connection.isValid(5);
        } catch (SQLException e) {
            String reason = "PostgreSQL does not answer at " + URL + " (" + e.getMessage() + "): " + skipped;
            System.out.println("[WARNING] " + reason);
            Assumptions.abort(reason);
        }
        Flyway.configure(PostgresqlSchema.class.getClassLoader())
                .dataSource(URL, USER, "")
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .schemas(name)
                .defaultSchema(name)
                .createSchemas(true)
                .load()
                .migrate();
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
        properties.put("jakarta.persistence.jdbc.url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + name);
        properties.put("jakarta.persistence.jdbc.user", USER);
        properties.put("jakarta.persistence.jdbc.password", "");
        // Reads of an entity manager go through its own connection, the one its transaction runs on.
        properties.put("eclipselink.jdbc.exclusive-connection.mode", "Always");
        factory = Persistence.createEntityManagerFactory("catalog", properties);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (factory != null) {
            factory.close();
        }
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        } catch (SQLException unreachable) {
            // nothing was created
        }
    }

    /** The schema's name, to qualify tables in plain SQL. */
    public String name() {
        return name;
    }

    /** The persistence unit on the schema. */
    public EntityManagerFactory factory() {
        return factory;
    }

    /** A new connection to the database (not set to the schema). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, "");
    }
}
