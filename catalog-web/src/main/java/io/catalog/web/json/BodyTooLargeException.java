package io.catalog.web.json;

import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * Raised by {@link JsonBodyReader}'s counting stream as soon as a body passes the limit, from inside the JSON parser's
 * read; an {@link IOException} so that it travels through the parser, which wraps it.
 */
final class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    BodyTooLargeException(long limit) {
        super("body over " + limit + " bytes");
        this.limit = limit;
    }

    RejectedBodyException rejection() {
        return tooLarge(limit);
    }

    static RejectedBodyException tooLarge(long limit) {
        return new RejectedBodyException(
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                RejectedBodyException.BODY_TOO_LARGE,
                "The request body is larger than " + limit + " bytes, the most this server reads",
                null);
    }
}
