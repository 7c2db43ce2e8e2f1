package io.catalog.events.webhook.subscription;

import java.util.List;
import java.util.Optional;

/** Where subscriptions are kept; every call is scoped by the store and runs in the caller's transaction. */
public interface SubscriptionRepository {

    /** The store's subscriptions, oldest first. */
    List<Subscription> ofStore(String storeId);

    /** The store's subscription of that id; another store's is not found. */
    Optional<Subscription> find(String storeId, String id);

    void add(Subscription subscription);

    /** Stores the subscription's new state; false when it no longer exists. */
    boolean update(Subscription subscription);

    /** Deletes the subscription with its delivery log; false when it did not exist. */
    boolean delete(String storeId, String id);
}
