package io.catalog.domain.shared;

/**
 * Root of every error the catalog domain reports to its callers.
 *
 * <p>Each subclass is one error family that an adapter maps to one response status; {@link #code()} is the stable,
 * machine-readable reason (see {@link ErrorCodes}) and {@link #field()} the API field at fault, if any.
 */
public abstract class CatalogException extends RuntimeException {

    private final String code;
    private final String field;

    protected CatalogException(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    /** Stable machine-readable error code, e.g. {@code "TOO_LONG"}. */
    public String code() {
        return code;
    }

    /** API name of the offending field, e.g. {@code "productOptions[1].choices[0].value"}; {@code null} when none. */
    public String field() {
        return field;
    }
}
