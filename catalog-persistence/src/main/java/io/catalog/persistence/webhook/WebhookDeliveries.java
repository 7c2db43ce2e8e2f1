package io.catalog.persistence.webhook;

import io.catalog.persistence.KeyLookup;
import io.catalog.persistence.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The {@code webhook_delivery} table. Deliveries are added in the transaction that relays their event from the
 * outbox (or by a replay). Workers claim due deliveries with row locks other workers skip ({@code FOR UPDATE SKIP
 * LOCKED}), and only the first pending delivery of each subscription and aggregate: a subscription never gets an
 * aggregate's event before the earlier ones were delivered or dead-lettered.
 */
@ApplicationScoped
public class WebhookDeliveries {

    /**
     * The claimable deliveries, oldest due first: of each subscription's pending deliveries of an aggregate only the
     * first (by sequence, then creation) may be sent, and only when it is due (one in flight is leased, so not due,
     * and holds back the later ones). One pass over the pending rows, whatever the backlog's shape: the claim's
     * fallback when the oldest due deliveries are mostly held back.
     */
    private static final String CLAIMABLE_ANYWHERE =
            "SELECT h.id FROM (SELECT d.id, d.subscription_id, d.next_attempt_at,"
                    + " ROW_NUMBER() OVER (PARTITION BY d.subscription_id, d.aggregate_key"
                    + " ORDER BY d.sequence, d.created_at, d.id) AS place"
                    + " FROM webhook_delivery d WHERE d.status = 'PENDING') h"
                    + " WHERE h.place = 1 AND h.next_attempt_at <= ?"
                    + " AND EXISTS (SELECT 1 FROM webhook_subscription s WHERE s.id = h.subscription_id AND s.active = TRUE)"
                    + " ORDER BY h.next_attempt_at, h.id LIMIT ?";

    /**
     * The oldest due pending deliveries of active subscriptions, read in the {@code (status, next_attempt_at)} index
     * (the leading constant column named in the ORDER BY lets H2 read it in index order and stop at the limit).
     */
    private static final String DUE_CANDIDATES = "SELECT d.id, d.subscription_id, d.aggregate_key"
            + " FROM webhook_delivery d WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?"
            + " AND EXISTS (SELECT 1 FROM webhook_subscription s WHERE s.id = d.subscription_id AND s.active = TRUE)"
            + " ORDER BY d.status, d.next_attempt_at LIMIT ?";

    /** How many due deliveries, per delivery to claim, the claim looks at before it scans every pending one. */
    static final int CANDIDATES_PER_CLAIM = 4;

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    /**
     * Adds a pending delivery of each event to each of its subscriptions, unless it has one already (an event offered
     * again by the outbox is fed once). One query finds the deliveries that exist, whatever the number of events.
     */
    public void feed(Map<OutboxEvent, ? extends Collection<String>> subscriptionsByEvent, OffsetDateTime now) {
        List<String> eventIds = subscriptionsByEvent.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey().id())
                .toList();
        if (eventIds.isEmpty()) {
            return;
        }
        Set<String> fed = new HashSet<>();
        for (Object[] row : em.createQuery(
                        "SELECT d.eventId, d.subscriptionId FROM DeliveryEntity d" + " WHERE d.eventId IN :events",
                        Object[].class)
                .setParameter("events", eventIds)
                .getResultList()) {
            fed.add(row[0] + "/" + row[1]);
        }
        subscriptionsByEvent.forEach((event, subscriptions) -> {
            for (String subscription : subscriptions) {
                if (!fed.contains(event.id() + "/" + subscription)) {
                    add(subscription, event, now);
                }
            }
        });
    }

    /** Adds a pending delivery of {@code event} to the subscription, also when it had one (a replay). */
    public void add(String subscriptionId, OutboxEvent event, OffsetDateTime now) {
        em.persist(new DeliveryEntity(
                UUID.randomUUID().toString(),
                subscriptionId,
                event.id(),
                event.eventType(),
                event.aggregateKey(),
                event.sequence(),
                now));
    }

    /**
     * Claims up to {@code limit} due deliveries in the caller's transaction and leases them until
     * {@code leaseUntil}: the caller sends them after its commit and records the outcome; a delivery whose sender
     * died is due again when the lease ends.
     * <p>
     * A delivery is claimed only when it is the first pending one of its aggregate for its subscription (by sequence,
     * then creation), so one aggregate's events arrive in order: a delivery in flight is still pending and holds back
     * the later ones. The claimable ones are looked for among the oldest due deliveries first, and in one pass over
     * every pending row only when those are mostly held back; they are locked with {@code FOR UPDATE SKIP LOCKED}, so
     * workers on several servers never claim the same delivery.
     */
    public List<WebhookDelivery> claimDue(int limit, OffsetDateTime now, OffsetDateTime leaseUntil) {
        List<String> winners = claimableAmongOldestDue(limit, now);
        if (winners == null) {
            winners = claimableAnywhere(limit, now);
        }
        if (winners.isEmpty()) {
            return List.of();
        }
        Query lock = em.createNativeQuery(
                "SELECT * FROM webhook_delivery WHERE id IN ("
                        + String.join(", ", Collections.nCopies(winners.size(), "?"))
                        + ") AND status = 'PENDING' AND next_attempt_at <= ? FOR UPDATE SKIP LOCKED",
                DeliveryEntity.class);
        for (int i = 0; i < winners.size(); i++) {
            lock.setParameter(i + 1, winners.get(i));
        }
        List<DeliveryEntity> rows = lock.setParameter(winners.size() + 1, now).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        em.createQuery("UPDATE DeliveryEntity d SET d.nextAttemptAt = :lease WHERE d.id IN :ids")
                .setParameter("lease", leaseUntil)
                .setParameter("ids", rows.stream().map(row -> row.id).toList())
                .executeUpdate();
        return rows.stream().map(DeliveryEntity::toDelivery).toList();
    }

    /**
     * The usual case, at the cost of the batch whatever the backlog: of the oldest due deliveries ({@value
     * #CANDIDATES_PER_CLAIM} per delivery to claim), those that are the first pending delivery of their subscription and
     * aggregate, found with one lookup of the candidates' pending rows in the {@code (subscription_id, aggregate_key)}
     * index. {@code null} when the candidates filled their window with too few such deliveries among them
     * (a few aggregates with many pending events): claimable ones may then lie beyond it.
     */
    @SuppressWarnings("unchecked")
    private List<String> claimableAmongOldestDue(int limit, OffsetDateTime now) {
        int window = limit * CANDIDATES_PER_CLAIM;
        List<Object[]> candidates = em.createNativeQuery(DUE_CANDIDATES)
                .setParameter(1, now)
                .setParameter(2, window)
                .getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, String> heads = firstPending(candidates.stream()
                .map(row -> List.of((String) row[1], (String) row[2]))
                .distinct()
                .toList());
        List<String> winners = candidates.stream()
                .filter(row -> row[0].equals(heads.get(row[1] + "\u0000" + row[2])))
                .map(row -> (String) row[0])
                .limit(limit)
                .toList();
        return winners.size() < limit && candidates.size() == window ? null : winners;
    }

    /**
     * The first pending delivery (by sequence, then creation, then id) of each (subscription, aggregate key) pair,
     * keyed by the pair; due or not (one in flight or waiting for a retry holds back the later ones). The pairs' rows
     * are read in the {@code (subscription_id, aggregate_key)} index, finished ones too (until retention
     * removes them).
     */
    @SuppressWarnings("unchecked")
    private Map<String, String> firstPending(List<List<String>> pairs) {
        // The status is compared here, not in SQL: with "status = 'PENDING'" in the query H2 read the pending rows in
        // the (status, next_attempt_at) index and compared each with the whole list of pairs.
        Query query = KeyLookup.rowsOfPairs(
                em,
                "SELECT d.subscription_id, d.aggregate_key, d.id, d.sequence,"
                        + " d.created_at, d.status FROM webhook_delivery d WHERE",
                "d.subscription_id",
                "d.aggregate_key",
                pairs,
                "");
        Comparator<Object[]> order = Comparator.<Object[]>comparingLong(row -> ((Number) row[3]).longValue())
                .thenComparing(row -> instant(row[4]))
                .thenComparing(row -> (String) row[2]);
        Map<String, Object[]> first = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            if (!WebhookDelivery.Status.PENDING.name().equals(row[5])) {
                continue;
            }
            first.merge(row[0] + "\u0000" + row[1], row, (a, b) -> order.compare(a, b) <= 0 ? a : b);
        }
        Map<String, String> heads = new HashMap<>();
        first.forEach((pair, row) -> heads.put(pair, (String) row[2]));
        return heads;
    }

    /** One pass over every pending delivery ({@link #CLAIMABLE_ANYWHERE}), whatever is ahead of the claimable ones. */
    @SuppressWarnings("unchecked")
    private List<String> claimableAnywhere(int limit, OffsetDateTime now) {
        return ((List<Object>) em.createNativeQuery(CLAIMABLE_ANYWHERE)
                        .setParameter(1, now)
                        .setParameter(2, limit)
                        .getResultList())
                .stream()
                        .map(id -> (String) (id instanceof Object[] row ? row[0] : id))
                        .toList();
    }

    /**
     * How many deliveries are pending (not yet delivered or dead-lettered, whether due, leased or waiting for a retry),
     * for the backlog metric; counted in the {@code (status, next_attempt_at)} index.
     */
    public long countPending() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM webhook_delivery d WHERE d.status = 'PENDING'")
                        .getSingleResult())
                .longValue();
    }

    /** Reads the deliveries into the transaction's context in one query, for the marks that follow. */
    public void load(Collection<String> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("SELECT d FROM DeliveryEntity d WHERE d.id IN :ids", DeliveryEntity.class)
                    .setParameter("ids", List.copyOf(ids))
                    .getResultList();
        }
    }

    /** Records a 2xx answer. */
    public void markDelivered(String id, int statusCode, OffsetDateTime at) {
        finish(id, WebhookDelivery.Status.DELIVERED, statusCode, null, at);
    }

    /** Records a failed last attempt: the delivery is dead-lettered. */
    public void markDead(String id, Integer statusCode, String error, OffsetDateTime at) {
        finish(id, WebhookDelivery.Status.DEAD, statusCode, error, at);
    }

    /** Records a failed attempt and schedules the next one. */
    public void markFailed(String id, Integer statusCode, String error, OffsetDateTime at, OffsetDateTime retryAt) {
        DeliveryEntity row = em.find(DeliveryEntity.class, id);
        if (row == null || !WebhookDelivery.Status.PENDING.name().equals(row.status)) {
            return;
        }
        attempted(row, statusCode, error, at);
        row.nextAttemptAt = retryAt;
    }

    /** A subscription's deliveries, newest first. */
    public List<WebhookDelivery> log(String subscriptionId, int limit) {
        return em
                .createQuery(
                        "SELECT d FROM DeliveryEntity d WHERE d.subscriptionId = :id"
                                + " ORDER BY d.createdAt DESC, d.sequence DESC",
                        DeliveryEntity.class)
                .setParameter("id", subscriptionId)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(DeliveryEntity::toDelivery)
                .toList();
    }

    /** The attempts of the deliveries, by delivery id, each in attempt order. */
    public Map<String, List<WebhookDelivery.Attempt>> attempts(List<String> deliveryIds) {
        Map<String, List<WebhookDelivery.Attempt>> attempts = new HashMap<>();
        if (deliveryIds.isEmpty()) {
            return attempts;
        }
        Query query = em.createNativeQuery("SELECT delivery_id, attempt, attempted_at, status_code, error"
                + " FROM webhook_attempt WHERE delivery_id IN ("
                + String.join(", ", Collections.nCopies(deliveryIds.size(), "?")) + ") ORDER BY delivery_id, attempt");
        for (int i = 0; i < deliveryIds.size(); i++) {
            query.setParameter(i + 1, deliveryIds.get(i));
        }
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            attempts.computeIfAbsent((String) row[0], id -> new ArrayList<>())
                    .add(new WebhookDelivery.Attempt(
                            ((Number) row[1]).intValue(),
                            instant(row[2]),
                            row[3] == null ? null : ((Number) row[3]).intValue(),
                            (String) row[4]));
        }
        return attempts;
    }

    /** A {@code TIMESTAMP WITH TIME ZONE} as the JDBC driver answers it (H2 and PostgreSQL differ). */
    private static OffsetDateTime instant(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at;
        }
        if (value instanceof Timestamp at) {
            return at.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException(
                "Unexpected timestamp type " + value.getClass().getName());
    }

    private void finish(String id, WebhookDelivery.Status status, Integer statusCode, String error, OffsetDateTime at) {
        DeliveryEntity row = em.find(DeliveryEntity.class, id);
        if (row == null || !WebhookDelivery.Status.PENDING.name().equals(row.status)) {
            return;
        }
        attempted(row, statusCode, error, at);
        row.status = status.name();
        row.finishedAt = at;
    }

    private void attempted(DeliveryEntity row, Integer statusCode, String error, OffsetDateTime at) {
        row.attempts++;
        row.lastAttemptAt = at;
        row.lastStatusCode = statusCode;
        row.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        // Persisted, not inserted now: a native statement would flush the transaction's changes first, once per
        // attempt, and the batch's attempts go to the database together at commit.
        em.persist(new AttemptEntity(row.id, row.attempts, at, statusCode, row.lastError));
    }

    /**
     * Deletes up to {@code limit} deliveries that finished (delivered or dead-lettered) before {@code cutoff}, with
     * their attempts ({@code ON DELETE CASCADE}), in the caller's transaction; answers how many went. Pending
     * deliveries are never purged.
     */
    public int purgeFinishedBefore(OffsetDateTime cutoff, int limit) {
        return em.createNativeQuery("DELETE FROM webhook_delivery WHERE id IN (SELECT d.id FROM webhook_delivery d"
                        + " WHERE d.status IN ('DELIVERED', 'DEAD') AND d.finished_at < ?"
                        + " ORDER BY d.finished_at LIMIT ?)")
                .setParameter(1, cutoff)
                .setParameter(2, limit)
                .executeUpdate();
    }
}
