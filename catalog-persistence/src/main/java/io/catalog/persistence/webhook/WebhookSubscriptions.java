package io.catalog.persistence.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code webhook_subscription} table; every read and write is scoped by the store, in the caller's transaction. */
@ApplicationScoped
public class WebhookSubscriptions {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    public void add(WebhookSubscription subscription) {
        em.persist(new SubscriptionEntity(subscription));
    }

    /** The store's subscriptions, oldest first. */
    public List<WebhookSubscription> ofStore(String storeId) {
        return em
                .createQuery(
                        "SELECT s FROM SubscriptionEntity s WHERE s.storeId = :store ORDER BY s.createdAt, s.id",
                        SubscriptionEntity.class)
                .setParameter("store", storeId)
                .getResultList()
                .stream()
                .map(SubscriptionEntity::toSubscription)
                .toList();
    }

    /** The store's active subscriptions. */
    public List<WebhookSubscription> activeOfStore(String storeId) {
        return em
                .createQuery(
                        "SELECT s FROM SubscriptionEntity s WHERE s.storeId = :store AND s.active = TRUE",
                        SubscriptionEntity.class)
                .setParameter("store", storeId)
                .getResultList()
                .stream()
                .map(SubscriptionEntity::toSubscription)
                .toList();
    }

    /**
     * Whether the store has an active subscription naming an event type that starts with {@code typePrefix} (the
     * types are kept comma-separated; "all types" names none; the prefix is matched with LIKE, so it has no wildcards). Leaves the caller's pending writes unflushed: it runs
     * in the transactions of product changes, which it must not make flush early.
     */
    public boolean anyActiveNaming(String storeId, String typePrefix) {
        return !em.createQuery(
                        "SELECT s.id FROM SubscriptionEntity s WHERE s.storeId = :store AND s.active = TRUE"
                                + " AND s.eventTypes LIKE :types",
                        String.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("store", storeId)
                .setParameter("types", "%" + typePrefix + "%")
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public Optional<WebhookSubscription> find(String storeId, String id) {
        return entity(storeId, id).map(SubscriptionEntity::toSubscription);
    }

    /** Any store's subscription, for the delivery worker. */
    public Optional<WebhookSubscription> find(String id) {
        return Optional.ofNullable(em.find(SubscriptionEntity.class, id)).map(SubscriptionEntity::toSubscription);
    }

    /** Subscriptions by id, in one query; ids not found are left out. */
    public Map<String, WebhookSubscription> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery("SELECT s FROM SubscriptionEntity s WHERE s.id IN :ids", SubscriptionEntity.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList()
                .stream()
                .map(SubscriptionEntity::toSubscription)
                .collect(Collectors.toMap(WebhookSubscription::id, s -> s));
    }

    /** Stores the subscription's new state; false when it no longer exists. */
    public boolean update(WebhookSubscription subscription) {
        Optional<SubscriptionEntity> row = entity(subscription.storeId(), subscription.id());
        row.ifPresent(entity -> entity.apply(subscription));
        return row.isPresent();
    }

    /**
     * Deletes the subscription and its deliveries; false when it did not exist. The deliveries are locked first, in
     * id order, the order in which the worker records its outcomes: a bare DELETE locked them in the table's order and,
     * on PostgreSQL, deadlocked with a worker recording a batch of the same subscription. (H2 locks in its own order
     * whatever the ORDER BY; the service tries a deadlocked deletion again.)
     */
    public boolean delete(String storeId, String id) {
        Optional<SubscriptionEntity> row = entity(storeId, id);
        row.ifPresent(entity -> {
            em.createNativeQuery("SELECT id FROM webhook_delivery WHERE subscription_id = ? ORDER BY id FOR UPDATE")
                    .setParameter(1, id)
                    .getResultList();
            em.createQuery("DELETE FROM DeliveryEntity d WHERE d.subscriptionId = :id")
                    .setParameter("id", id)
                    .executeUpdate();
            em.remove(entity);
        });
        return row.isPresent();
    }

    /** Deactivates a subscription whose receiver answered 410 Gone. */
    public void disable(String id, String reason, OffsetDateTime at) {
        em.createQuery("UPDATE SubscriptionEntity s SET s.active = FALSE, s.disabledReason = :reason,"
                        + " s.updatedAt = :at WHERE s.id = :id")
                .setParameter("reason", reason)
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate();
    }

    private Optional<SubscriptionEntity> entity(String storeId, String id) {
        SubscriptionEntity row = em.find(SubscriptionEntity.class, id);
        return row == null || !row.storeId.equals(storeId) ? Optional.empty() : Optional.of(row);
    }
}
