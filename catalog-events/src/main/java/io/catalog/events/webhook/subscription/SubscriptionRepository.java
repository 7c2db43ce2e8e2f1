package io.catalog.events.webhook.subscription;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where subscriptions are kept; every call runs in the caller's transaction. The calls of the API are scoped by the
 * store; those of delivery ({@link #activeOfStore}, {@link #findAll}, {@link #deactivate}) by what the outbox and the
 * delivery log name.
 */
public interface SubscriptionRepository {

    /** The store's subscriptions, oldest first. */
    List<Subscription> ofStore(String storeId);

    /** The store's subscription of that id; another store's is not found. */
    Optional<Subscription> find(String storeId, String id);

    /** The store's active subscriptions: those that get its events. */
    List<Subscription> activeOfStore(String storeId);

    /**
     * Whether the store has an active subscription naming an event type that starts with {@code typePrefix}; a read
     * that leaves the caller's pending writes unflushed, for the transaction of a change.
     */
    boolean anyActiveNaming(String storeId, String typePrefix);

    /** The subscriptions of these ids that still exist, by id. */
    Map<String, Subscription> findAll(Collection<String> ids);

    /** Deactivates the subscription, saying why (its target answered 410 Gone). */
    void deactivate(String id, String reason, OffsetDateTime at);

    void add(Subscription subscription);

    /** Stores the subscription's new state; false when it no longer exists. */
    boolean update(Subscription subscription);

    /** Deletes the subscription with its delivery log; false when it did not exist. */
    boolean delete(String storeId, String id);
}
