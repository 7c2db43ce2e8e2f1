package io.catalog.web.error;

/**
 * The stable code and message of an error that only has an HTTP status to tell: a path that names nothing, a method
 * the path does not take, a media type it cannot read or write, a token missing or refused, a request the server
 * could not parse. Said in the catalog's own words, so the answer is the same whether JAX-RS or the server found it,
 * and never quotes the framework's text (which names its classes and message ids).
 */
public final class HttpErrors {

    public static final String BAD_REQUEST = "BAD_REQUEST";
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private static final String INVALID_TOKEN_MESSAGE = "The bearer token is not valid: it is malformed, expired, not"
            + " signed by the trusted key or not of the expected issuer";
    private static final String MISSING_TOKEN_MESSAGE =
            "This call needs a bearer token (Authorization: Bearer <JWT>)" + " whose instanceId claim names the store";

    private HttpErrors() {}

    /** The code and message for {@code status}; any other status is named by its number. */
    public static ApiError of(int status) {
        return of(status, null);
    }

    /**
     * The same, where a 401 tells from the request's {@code Authorization} header whether a bearer token was sent:
     * without one the call lacks it, with one the token was refused.
     */
    public static ApiError of(int status, String authorization) {
        boolean tokenSent = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        return switch (status) {
            case 400 ->
                ApiError.of(
                        BAD_REQUEST,
                        "The request is malformed: its path, parameters or headers cannot" + " be read",
                        null);
            case 401 -> ApiError.of(UNAUTHORIZED, tokenSent ? INVALID_TOKEN_MESSAGE : MISSING_TOKEN_MESSAGE, null);
            case 403 ->
                ApiError.of(
                        FORBIDDEN,
                        "The token lacks the permission this call needs (READ_PRODUCTS to"
                                + " read, MODIFY_PRODUCTS to write)",
                        null);
            case 404 ->
                ApiError.of(
                        NOT_FOUND,
                        "Nothing is at this path; the API is under /stores/v1 and" + " /stores/v2 (see /openapi)",
                        null);
            case 405 ->
                ApiError.of(
                        METHOD_NOT_ALLOWED,
                        "This path does not take this method; the Allow header" + " lists those it takes",
                        null);
            case 406 ->
                ApiError.of(
                        NOT_ACCEPTABLE,
                        "This path answers application/json only; the Accept header" + " must allow it",
                        null);
            case 413 -> ApiError.of(PAYLOAD_TOO_LARGE, "The request body is larger than this path takes", null);
            case 415 ->
                ApiError.of(
                        UNSUPPORTED_MEDIA_TYPE,
                        "This path reads application/json only; send the body" + " with Content-Type: application/json",
                        null);
            case 500 -> ApiError.of(INTERNAL_ERROR, "The catalog failed to answer this request", null);
            default -> ApiError.of("HTTP_" + status, "The request was refused with HTTP status " + status, null);
        };
    }
}
