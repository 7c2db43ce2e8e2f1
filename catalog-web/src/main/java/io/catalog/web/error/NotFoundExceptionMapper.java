package io.catalog.web.error;

import io.catalog.domain.shared.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An aggregate that does not exist in the caller's store: 404 (another store's aggregates answer the same). */
@Provider
public class NotFoundExceptionMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException e) {
        return ApiError.response(Response.Status.NOT_FOUND, e.code(), e.getMessage(), e.field());
    }
}
