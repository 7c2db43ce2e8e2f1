package io.catalog.web.error;

import java.util.Locale;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The errors JAX-RS itself raises (unknown path 404, wrong method 405, unsupported media type 415, missing token
 * 401, missing permission 403...), answered in the same JSON shape as ours.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String code = status.getReasonPhrase() == null ? "HTTP_" + status.getStatusCode()
                : status.getReasonPhrase().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        String message = status.getStatusCode() == Response.Status.FORBIDDEN.getStatusCode()
                ? "The token lacks the permission this call needs (READ_PRODUCTS to read, MODIFY_PRODUCTS to write)"
                : e.getMessage() == null || e.getMessage().isBlank() ? status.getReasonPhrase() : e.getMessage();
        Response.ResponseBuilder builder = Response.fromResponse(ApiError.response(status, code, message, null));
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }
}
