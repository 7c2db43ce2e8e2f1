package io.catalog.web.error;

import io.catalog.domain.shared.StaleRevisionException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A write based on a revision that is no longer current. 412 when the caller sent {@code If-Match} (the HTTP
 * precondition failed), 409 when it sent the revision in the body; in both cases nothing was changed.
 */
@Provider
public class StaleRevisionExceptionMapper implements ExceptionMapper<StaleRevisionException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(StaleRevisionException e) {
        boolean conditional = headers != null && headers.getHeaderString(HttpHeaders.IF_MATCH) != null;
        Response.Status status = conditional ? Response.Status.PRECONDITION_FAILED : Response.Status.CONFLICT;
        return ApiError.response(status, e.code(), e.getMessage(), conditional ? null : e.field());
    }
}
