package io.catalog.web.error;

import io.catalog.web.json.RejectedBodyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body refused as it was read (malformed, too deep, too large, not UTF-8...): 400, 413 or 415. */
@Provider
public class RejectedBodyExceptionMapper implements ExceptionMapper<RejectedBodyException> {

    @Override
    public Response toResponse(RejectedBodyException e) {
        return ApiError.response(e.status(), e.code(), e.getMessage(), e.field());
    }
}
