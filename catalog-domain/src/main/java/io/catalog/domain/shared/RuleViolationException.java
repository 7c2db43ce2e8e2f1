package io.catalog.domain.shared;

/** A well-formed request breaks a business rule in the current state of the catalog (HTTP 409). */
public final class RuleViolationException extends CatalogException {

    /**
     * @param code    stable error code
     * @param field   API name of the field involved, or {@code null}
     * @param message complete, human-readable explanation naming the rule
     */
    public RuleViolationException(String code, String field, String message) {
        super(code, field, message);
    }
}
