package io.catalog.web.diagnostics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When {@code catalog.diagnostics.sql-statements} is true, answers carry {@value #HEADER}: the number of SQL
 * statements the request sent. Off by default; meant for tests and for diagnosing a slow call. Part of the
 * diagnostics WAR only: the shipped one has neither this filter nor the counter behind it.
 */
@Provider
@ApplicationScoped
public class SqlStatementsHeader implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Catalog-Sql-Statements";

    @Inject
    @ConfigProperty(name = "catalog.diagnostics.sql-statements", defaultValue = "false")
    boolean enabled;

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    private volatile boolean counting;

    @Override
    public void filter(ContainerRequestContext request) {
        if (enabled) {
            countStatements();
            SqlStatementCount.start();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (enabled) {
            response.getHeaders().putSingle(HEADER, Integer.toString(SqlStatementCount.stop()));
        }
    }

    /**
     * Registers the counter with the persistence unit on the first request, before anything the request does begins
     * a session: a request that is counted waits for it here.
     */
    private void countStatements() {
        if (counting) {
            return;
        }
        synchronized (this) {
            if (!counting) {
                SqlStatementCounter.register(em);
                counting = true;
            }
        }
    }
}
