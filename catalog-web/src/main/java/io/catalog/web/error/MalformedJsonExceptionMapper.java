package io.catalog.web.error;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not JSON, or not JSON of the expected shape: 400. */
@Provider
public class MalformedJsonExceptionMapper implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException e) {
        return ApiError.response(Response.Status.BAD_REQUEST, "MALFORMED_JSON",
                "The request body is not valid JSON: " + firstLine(e.getMessage()), null);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable body";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** The same for JSON-B's binding failures. */
    @Provider
    public static class Binding implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return ApiError.response(Response.Status.BAD_REQUEST, "MALFORMED_JSON",
                    "The request body is not valid JSON: " + firstLine(e.getMessage()), null);
        }
    }
}
