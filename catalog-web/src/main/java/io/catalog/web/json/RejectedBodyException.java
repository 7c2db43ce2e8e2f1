package io.catalog.web.json;

import io.catalog.domain.shared.Excerpt;
import jakarta.ws.rs.core.Response;

/**
 * A request body refused before any resource reads it: not one valid JSON text in UTF-8, nested too deep, with a
 * duplicate key or an absurd number (400), too large (413), in another charset or content coding (415). Answered in
 * the API's error shape by its own mapper (JAX-RS maps the cause of a failed body read as it would the exception).
 */
public class RejectedBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String MALFORMED_JSON = "MALFORMED_JSON";
    public static final String INVALID_ENCODING = "INVALID_ENCODING";
    public static final String INVALID_CHARACTER = "INVALID_CHARACTER";
    public static final String DUPLICATE_KEY = "DUPLICATE_KEY";
    public static final String TOO_DEEP = "NESTING_TOO_DEEP";
    public static final String NUMBER_OUT_OF_RANGE = "NUMBER_OUT_OF_RANGE";
    public static final String BODY_TOO_LARGE = "BODY_TOO_LARGE";
    public static final String INCOMPLETE_BODY = "INCOMPLETE_BODY";
    public static final String UNSUPPORTED_CHARSET = "UNSUPPORTED_CHARSET";
    public static final String UNSUPPORTED_CONTENT_ENCODING = "UNSUPPORTED_CONTENT_ENCODING";

    /** The message of {@link #INCOMPLETE_BODY}: the stream failed before the body's end. */
    static final String INCOMPLETE = "The request body could not be read to its end: it is shorter than its"
            + " Content-Length, its chunked framing is broken, or it stopped coming";

    /** How much of a client's own text an error message repeats. */
    static final int EXCERPT = Excerpt.MAX;

    private final Response.Status status;
    private final String code;
    private final String field;

    public RejectedBodyException(Response.Status status, String code, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    static RejectedBodyException badRequest(String code, String message, String field) {
        return new RejectedBodyException(Response.Status.BAD_REQUEST, code, message, field);
    }

    public Response.Status status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The path of the offending value (e.g. {@code product.name}), or {@code null}. */
    public String field() {
        return field;
    }

    /** At most {@value #EXCERPT} characters of the client's text, marked when cut. */
    static String excerpt(CharSequence text) {
        return Excerpt.of(text);
    }
}
