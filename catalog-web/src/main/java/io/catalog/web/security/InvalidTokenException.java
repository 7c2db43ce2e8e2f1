package io.catalog.web.security;

/**
 * A token the server verified but the catalog cannot use: it names no store, or not a valid one (401). The message
 * says which claim is wrong.
 */
public final class InvalidTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
        super(message, null, false, false);
    }
}
