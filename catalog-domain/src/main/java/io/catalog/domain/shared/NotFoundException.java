package io.catalog.domain.shared;

/** The addressed resource does not exist, or is not visible to the caller's store (HTTP 404). */
public abstract class NotFoundException extends CatalogException {

    protected NotFoundException(String code, String message) {
        super(code, null, message);
    }
}
