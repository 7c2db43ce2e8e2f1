package io.catalog.web.error;

import io.catalog.domain.shared.RuleViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request that is well formed but conflicts with the current state of the aggregate: 409. */
@Provider
public class RuleViolationExceptionMapper implements ExceptionMapper<RuleViolationException> {

    @Override
    public Response toResponse(RuleViolationException e) {
        return ApiError.response(Response.Status.CONFLICT, e.code(), e.getMessage(), e.field());
    }
}
