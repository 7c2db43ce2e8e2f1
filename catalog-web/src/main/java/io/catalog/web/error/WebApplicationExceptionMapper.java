package io.catalog.web.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The errors JAX-RS itself raises (unknown path 404, wrong method 405, unacceptable Accept 406, unsupported
 * Content-Type 415, missing permission 403, unreadable path or parameter 400...), answered in the error shape with
 * the stable code of their status ({@link HttpErrors}). The framework's own message is never passed on: it names
 * its message ids and the resource's Java signature. The answer keeps the original's headers, such as {@code Allow}
 * on a 405. A 5xx is answered and logged as an unexpected failure ({@link UnexpectedExceptionMapper}).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.getStatus() >= 500) {
            // A server error raised as a JAX-RS exception is still ours: logged with an incident id like any other.
            return unexpected.toResponse(e);
        }
        Response.ResponseBuilder builder = Response.status(original.getStatusInfo())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(HttpErrors.of(original.getStatus()));
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                    && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }
}
