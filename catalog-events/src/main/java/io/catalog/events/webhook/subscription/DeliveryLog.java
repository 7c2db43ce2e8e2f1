package io.catalog.events.webhook.subscription;

import java.time.OffsetDateTime;
import java.util.List;

/** The deliveries of subscriptions, and deliveries queued again; calls run in the caller's transaction. */
public interface DeliveryLog {

    /** The subscription's deliveries, newest first, each with its attempts. */
    List<LoggedDelivery> newestFirst(String subscriptionId, int limit);

    /**
     * Queues a delivery of the store's published event {@code eventId} (whatever its type) to the subscription, also
     * when it had one; false, queuing nothing, when the store has no such published event.
     */
    boolean redeliver(String storeId, String subscriptionId, String eventId, OffsetDateTime now);

    /**
     * Queues a delivery of every event of the subscription's store published since {@code since} that the
     * subscription wants, up to {@code limit} of the store's events, in publishing order; answers how many.
     */
    int redeliverSince(Subscription subscription, OffsetDateTime since, int limit, OffsetDateTime now);
}
