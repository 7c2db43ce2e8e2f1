package io.catalog.web.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is our fault: 500 with an incident id that is also logged with the stack trace. The body never
 * carries the exception's text or trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return ApiError.response(
                Response.Status.INTERNAL_SERVER_ERROR,
                "INTERNAL_ERROR",
                "The catalog failed to answer this request (incident " + incident + ")",
                null);
    }
}
