package io.catalog.web.error;

import io.catalog.domain.shared.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A value that breaks a rule of its own (too long, negative, unknown enum value...): 400. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

    @Override
    public Response toResponse(ValidationException e) {
        return ApiError.response(Response.Status.BAD_REQUEST, e.code(), e.getMessage(), e.field());
    }
}
