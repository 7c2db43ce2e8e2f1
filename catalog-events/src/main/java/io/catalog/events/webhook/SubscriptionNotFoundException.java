package io.catalog.events.webhook;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.NotFoundException;

/** No webhook subscription of that id in the caller's store (HTTP 404). */
public final class SubscriptionNotFoundException extends NotFoundException {

    public SubscriptionNotFoundException(String id) {
        super(ErrorCodes.SUBSCRIPTION_NOT_FOUND, "No webhook subscription " + id + " in this store");
    }
}
