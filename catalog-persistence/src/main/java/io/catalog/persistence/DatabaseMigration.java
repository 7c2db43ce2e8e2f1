package io.catalog.persistence;

import io.catalog.persistence.migration.V20__resanitize_descriptions;
import io.catalog.persistence.migration.V26__fill_description_text;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration} (and, for one database only,
 * {@code db/vendor/<database>}), and those written in Java ({@link #javaMigrations()}), when the application starts,
 * before the first request is served. The schema is never dropped and re-created; the only exception is the
 * {@code catalog.db.clean-on-start} switch, which the integration-test servers set so that every test run starts
 * from an empty database, and which is off unless set.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/catalog")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "db.schema")
    private Optional<String> schema;

    @Inject
    @ConfigProperty(name = "catalog.db.clean-on-start", defaultValue = "false")
    private boolean cleanOnStart;

    /**
     * The migrations written in Java (they use the domain's rules), given to Flyway by instance: a scan of the
     * locations for classes depends on how the server's class loader lists a jar's folders.
     */
    public static JavaMigration[] javaMigrations() {
        return new JavaMigration[] {new V20__resanitize_descriptions(), new V26__fill_description_text()};
    }

    void migrateOnStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        FluentConfiguration configuration = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                // Portable migrations, plus those only one database understands (expression indexes)
                .locations(
                        "classpath:db/migration",
                        "classpath:db/vendor/" + CatalogDatabase.of(dataSource).vendor())
                .javaMigrations(javaMigrations())
                .cleanDisabled(!cleanOnStart);
        schema.filter(s -> !s.isBlank())
                .ifPresent(s -> configuration.schemas(s).defaultSchema(s).createSchemas(true));
        Flyway flyway = configuration.load();
        if (cleanOnStart) {
            LOG.warning("catalog.db.clean-on-start is set: dropping every object of the catalog schema");
            flyway.clean();
        }
        var result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied)");
    }
}
