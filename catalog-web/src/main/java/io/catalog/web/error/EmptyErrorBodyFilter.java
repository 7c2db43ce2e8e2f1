package io.catalog.web.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives the error shape to error answers that JAX-RS filters made without a body: chiefly the server's token check,
 * which refuses a call to a protected resource with a bare 401 (no token, or one that is malformed, expired, signed by
 * another key or of another issuer). Its {@code WWW-Authenticate} header is kept.
 */
@Provider
public class EmptyErrorBodyFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        response.setEntity(
                HttpErrors.of(status, request.getHeaderString(HttpHeaders.AUTHORIZATION)),
                null,
                MediaType.APPLICATION_JSON_TYPE);
    }
}
