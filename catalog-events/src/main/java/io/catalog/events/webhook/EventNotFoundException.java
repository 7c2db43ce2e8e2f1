package io.catalog.events.webhook;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.NotFoundException;

/** No published event of that id in the caller's store, to replay (HTTP 404). */
public final class EventNotFoundException extends NotFoundException {

    public EventNotFoundException(String id) {
        super(ErrorCodes.EVENT_NOT_FOUND, "No published event " + id + " in this store");
    }
}
