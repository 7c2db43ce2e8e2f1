package io.catalog.web.error;

import io.catalog.web.security.InvalidTokenException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A verified token that names no valid store: 401, as for a token the server refused, saying which claim is wrong. */
@Provider
public class InvalidTokenExceptionMapper implements ExceptionMapper<InvalidTokenException> {

    @Override
    public Response toResponse(InvalidTokenException e) {
        return Response.fromResponse(
                        ApiError.response(Response.Status.UNAUTHORIZED, HttpErrors.UNAUTHORIZED, e.getMessage(), null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .build();
    }
}
