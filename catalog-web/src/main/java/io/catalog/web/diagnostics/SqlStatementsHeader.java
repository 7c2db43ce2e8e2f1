package io.catalog.web.diagnostics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.catalog.persistence.diagnostics.SqlStatementCount;

/**
 * When {@code catalog.diagnostics.sql-statements} is true, answers carry {@value #HEADER}: the number of SQL
 * statements the request sent. Off by default; meant for tests and for diagnosing a slow call.
 */
@Provider
@ApplicationScoped
public class SqlStatementsHeader implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Catalog-Sql-Statements";

    @Inject
    @ConfigProperty(name = "catalog.diagnostics.sql-statements", defaultValue = "false")
    boolean enabled;

    @Override
    public void filter(ContainerRequestContext request) {
        if (enabled) {
            SqlStatementCount.start();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (enabled) {
            response.getHeaders().putSingle(HEADER, Integer.toString(SqlStatementCount.stop()));
        }
    }
}
