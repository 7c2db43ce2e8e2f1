package io.catalog.domain.collection;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.NotFoundException;

/** No collection with the given id exists in the caller's store. */
public final class CollectionNotFoundException extends NotFoundException {

    public CollectionNotFoundException(CollectionId id) {
        super(ErrorCodes.COLLECTION_NOT_FOUND, "collection " + id + " was not found");
    }
}
