package io.catalog.persistence.outbox;

import io.catalog.persistence.KeyLookup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The {@code event_outbox} table. Events are appended in the transaction of the change that raised them, so a
 * rolled-back change leaves no event and a committed one always has its events. Dispatchers claim due events with
 * row locks that other dispatchers skip ({@code FOR UPDATE SKIP LOCKED}), so several servers on one database never
 * publish an event at the same time, and publish each aggregate's events in sequence order. A claim is committed
 * (leased, {@link #lease}) before its events are published, and they are published in a transaction of their own
 * ({@link #lockUnpublished}).
 */
@ApplicationScoped
public class EventOutbox {

    /**
     * The oldest due, unpublished events, read in the order of {@code ix_event_outbox_pending} (the ORDER BY names
     * its leading column, constant here, so that H2 reads the index in order too) and stopping after the window:
     * what it costs does not grow with the number of pending events. Not locked: {@link #claimDue} locks them.
     */
    private static final String DUE_CANDIDATES = "SELECT id FROM event_outbox"
            + " WHERE published_at IS NULL AND next_attempt_at <= ?"
            + " ORDER BY published_at, occurred_at, aggregate_type, aggregate_id, sequence LIMIT ?";

    /** Candidates looked at per event to claim: a dispatcher claims past those another one holds. */
    private static final int CANDIDATES_PER_CLAIM = 4;

    private static final String LOCK_SEQUENCE =
            "SELECT last_sequence FROM event_sequence" + " WHERE aggregate_type = ? AND aggregate_id = ? FOR UPDATE";

    /** The key of the counter rows of the aggregates created in a transaction, among its resources. */
    private static final Object OPENED = new Object();

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    /** The transactions' resources; absent where the outbox runs on a resource-local entity manager (tests). */
    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * Records {@code event} in the caller's transaction with the next sequence number of its aggregate. The
     * aggregate's counter row stays locked until the transaction ends, so concurrent writers of one aggregate get
     * consecutive numbers in commit order.
     */
    public OutboxEvent append(NewOutboxEvent event) {
        long sequence = nextSequence(event.aggregateType(), event.aggregateId(), event.opensAggregate());
        OutboxEntity row =
                new OutboxEntity(event.id() == null ? UUID.randomUUID().toString() : event.id(), event, sequence);
        em.persist(row);
        return row.toEvent();
    }

    /**
     * Claims up to {@code limit} due events for publishing in the caller's transaction, and returns those that may
     * be published now, in publishing order (see {@link PublishOrder}). The claimed rows stay locked until the
     * transaction ends.
     */
    @SuppressWarnings("unchecked")
    public List<OutboxEvent> claimDue(int limit, OffsetDateTime now) {
        // Candidates first, then a lock of the oldest of them: one SELECT ... ORDER BY ... LIMIT ... FOR UPDATE SKIP
        // LOCKED made H2 lock every due row before it applied the limit (two seconds a batch with 100,000 pending).
        List<String> candidates = ((List<Object>) em.createNativeQuery(DUE_CANDIDATES)
                        .setParameter(1, now)
                        .setParameter(2, limit * CANDIDATES_PER_CLAIM)
                        .getResultList())
                .stream()
                        .map(id -> (String) (id instanceof Object[] row ? row[0] : id))
                        .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Query lock = em.createNativeQuery(
                "SELECT * FROM event_outbox WHERE id IN ("
                        + String.join(", ", Collections.nCopies(candidates.size(), "?"))
                        + ") AND published_at IS NULL AND next_attempt_at <= ?"
                        + " ORDER BY occurred_at, aggregate_type, aggregate_id, sequence LIMIT ? FOR UPDATE SKIP LOCKED",
                OutboxEntity.class);
        for (int i = 0; i < candidates.size(); i++) {
            lock.setParameter(i + 1, candidates.get(i));
        }
        List<OutboxEntity> rows = lock.setParameter(candidates.size() + 1, now)
                .setParameter(candidates.size() + 2, limit)
                .getResultList();
        return PublishOrder.publishable(rows.stream().map(OutboxEntity::toEvent).toList(), this::withEarlierPending);
    }

    /**
     * Leases claimed events to their publisher until {@code until}, in the caller's transaction: they are not due
     * before then, and neither are their aggregates' later events (the one before them is still unpublished). A
     * publisher that dies before it settles them leaves them due again when the lease ends; settling them publishes,
     * postpones or releases them ({@code until} now).
     */
    public void lease(Collection<String> ids, OffsetDateTime until) {
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("UPDATE OutboxEntity o SET o.nextAttemptAt = :until WHERE o.id IN :ids"
                        + " AND o.publishedAt IS NULL")
                .setParameter("until", until)
                .setParameter("ids", List.copyOf(ids))
                .executeUpdate();
    }

    /**
     * Ends the caller's lease of the events it still holds (unpublished, leased until {@code leasedUntil}): they are
     * due again at {@code now}. For a publisher that could not publish them.
     */
    public void release(Collection<String> ids, OffsetDateTime leasedUntil, OffsetDateTime now) {
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("UPDATE OutboxEntity o SET o.nextAttemptAt = :now WHERE o.id IN :ids"
                        + " AND o.publishedAt IS NULL AND o.nextAttemptAt = :leasedUntil")
                .setParameter("now", now)
                .setParameter("ids", List.copyOf(ids))
                .setParameter("leasedUntil", leasedUntil)
                .executeUpdate();
    }

    /**
     * Locks those of the events that are still unpublished and still leased until {@code leasedUntil} (the caller's
     * own lease), in id order, waiting for another publisher that holds them to end its transaction, and answers their
     * ids: an event another publisher took over when the lease ended (and published, postponed or leased again) is
     * left out, so it is not published twice nor before its retry. The locks are held until the caller's transaction
     * ends.
     */
    @SuppressWarnings("unchecked")
    public Set<String> lockUnpublished(Collection<String> ids, OffsetDateTime leasedUntil) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<String> sorted = ids.stream().sorted().toList();
        Query lock = em.createNativeQuery("SELECT id FROM event_outbox WHERE id IN ("
                + String.join(", ", Collections.nCopies(sorted.size(), "?"))
                + ") AND published_at IS NULL AND next_attempt_at = ? ORDER BY id FOR UPDATE");
        for (int i = 0; i < sorted.size(); i++) {
            lock.setParameter(i + 1, sorted.get(i));
        }
        lock.setParameter(sorted.size() + 1, leasedUntil);
        return ((List<Object>) lock.getResultList())
                .stream()
                        .map(id -> (String) (id instanceof Object[] row ? row[0] : id))
                        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** Marks the events published, in the caller's transaction. */
    public void markPublished(Collection<String> ids, OffsetDateTime at) {
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("UPDATE OutboxEntity o SET o.publishedAt = :at WHERE o.id IN :ids")
                .setParameter("at", at)
                .setParameter("ids", ids)
                .executeUpdate();
    }

    /** Counts a failed publishing attempt of the event and postpones it to {@code retryAt}. */
    public void markFailed(String id, String error, OffsetDateTime retryAt) {
        String reason = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        em.createQuery("UPDATE OutboxEntity o SET o.attempts = o.attempts + 1, o.nextAttemptAt = :retryAt,"
                        + " o.lastError = :error WHERE o.id = :id")
                .setParameter("retryAt", retryAt)
                .setParameter("error", reason)
                .setParameter("id", id)
                .executeUpdate();
    }

    /**
     * When the oldest event not yet published occurred; empty when every event is published. Reads the first entry
     * of the pending index.
     */
    public Optional<OffsetDateTime> oldestUnpublished() {
        return em.createQuery(
                        "SELECT o.occurredAt FROM OutboxEntity o WHERE o.publishedAt IS NULL"
                                + " ORDER BY o.publishedAt, o.occurredAt",
                        OffsetDateTime.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** A store's published event, for a replay. */
    public Optional<OutboxEvent> findPublished(String storeId, String id) {
        OutboxEntity row = em.find(OutboxEntity.class, id);
        return row == null || !row.storeId.equals(storeId) || row.publishedAt == null
                ? Optional.empty()
                : Optional.of(row.toEvent());
    }

    /** Any event by id, for the webhook deliveries fed from it. */
    public Optional<OutboxEvent> find(String id) {
        return Optional.ofNullable(em.find(OutboxEntity.class, id)).map(OutboxEntity::toEvent);
    }

    /** Events by id, in one query; ids not found are left out. */
    public Map<String, OutboxEvent> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery("SELECT o FROM OutboxEntity o WHERE o.id IN :ids", OutboxEntity.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList()
                .stream()
                .map(OutboxEntity::toEvent)
                .collect(Collectors.toMap(OutboxEvent::id, e -> e));
    }

    /** Up to {@code limit} of a store's published events that occurred at or after {@code since}, oldest first. */
    public List<OutboxEvent> publishedSince(String storeId, OffsetDateTime since, int limit) {
        return em
                .createQuery(
                        "SELECT o FROM OutboxEntity o WHERE o.storeId = :store AND o.occurredAt >= :since"
                                + " AND o.publishedAt IS NOT NULL ORDER BY o.occurredAt, o.aggregateType, o.aggregateId,"
                                + " o.sequence",
                        OutboxEntity.class)
                .setParameter("store", storeId)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(OutboxEntity::toEvent)
                .toList();
    }

    /**
     * Deletes up to {@code limit} events published before {@code cutoff}, in the caller's transaction, keeping those
     * a webhook delivery still waits for (its payload is read from here); answers how many went. Sequence numbers
     * stay in {@code event_sequence}, so they are never reused.
     */
    public int purgePublishedBefore(OffsetDateTime cutoff, int limit) {
        return em.createNativeQuery("DELETE FROM event_outbox WHERE id IN (SELECT o.id FROM event_outbox o"
                        + " WHERE o.published_at IS NOT NULL AND o.published_at < ?"
                        + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = o.id"
                        + "   AND d.status = 'PENDING')"
                        + " ORDER BY o.published_at LIMIT ?)")
                .setParameter(1, cutoff)
                .setParameter(2, limit)
                .executeUpdate();
    }

    /** The transaction's own counter rows by aggregate; {@code null} when there is no JTA transaction to keep them. */
    @SuppressWarnings("unchecked")
    private Map<EventSequenceEntity.Key, EventSequenceEntity> openedInTransaction() {
        if (transaction == null || transaction.getTransactionKey() == null) {
            return null;
        }
        Object opened = transaction.getResource(OPENED);
        if (opened == null) {
            opened = new HashMap<EventSequenceEntity.Key, EventSequenceEntity>();
            transaction.putResource(OPENED, opened);
        }
        return (Map<EventSequenceEntity.Key, EventSequenceEntity>) opened;
    }

    /**
     * Which of the events' aggregates have an unpublished event numbered before the given one. An aggregate's events
     * are numbered without gaps and each is published only after the one before it (events are retried, never given
     * up), so it is enough to ask whether the event right before is still unpublished: one query for the batch, a
     * probe per aggregate in the {@code (aggregate_type, aggregate_id, sequence)} unique index, whatever number of
     * its events are pending. (A minimum over each aggregate's pending events read them all, and H2 answered it by
     * reading every pending event of the outbox: a backlog made each batch slower.) An event before it that is no
     * longer there was published and purged.
     */
    @SuppressWarnings("unchecked")
    private Set<String> withEarlierPending(List<OutboxEvent> firsts) {
        Query query = KeyLookup.rowsOfKeys(
                em,
                "SELECT aggregate_type, aggregate_id FROM event_outbox" + " WHERE published_at IS NULL AND",
                List.of("aggregate_type", "aggregate_id", "sequence"),
                firsts.stream()
                        .map(first -> List.of(first.aggregateType(), first.aggregateId(), first.sequence() - 1))
                        .toList(),
                "");
        Set<String> heldBack = new java.util.HashSet<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            heldBack.add(row[0] + "/" + row[1]);
        }
        return heldBack;
    }

    private long nextSequence(String aggregateType, String aggregateId, boolean opensAggregate) {
        Map<EventSequenceEntity.Key, EventSequenceEntity> opened = openedInTransaction();
        if (opened != null) {
            EventSequenceEntity.Key key = new EventSequenceEntity.Key(aggregateType, aggregateId);
            EventSequenceEntity row = opened.get(key);
            if (row != null) {
                // An aggregate created in this transaction: its counter row is the transaction's own.
                return ++row.lastSequence;
            }
            if (opensAggregate) {
                // No number was handed out to a new aggregate, so there is no row to look for: the new row is
                // written with the transaction's other rows, in one batch with those of the other new aggregates.
                row = new EventSequenceEntity(aggregateType, aggregateId, 1);
                em.persist(row);
                opened.put(key, row);
                return 1;
            }
        }
        // The counter rows are only ever read and written by these statements, so they need not flush the
        // transaction's pending rows first. (Flushing before each of them made a transaction that records n events
        // compare its registered rows n times: adding 1,000 products to a collection spent most of its time there.)
        List<?> current = em.createNativeQuery(LOCK_SEQUENCE)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, aggregateType)
                .setParameter(2, aggregateId)
                .getResultList();
        if (current.isEmpty()) {
            // The aggregate's first event. Writers of one aggregate are already serialised by its own row (a
            // product's change holds the product row's lock), so two never insert this row at once; if they did,
            // the primary key would fail one of them, and its change with it.
            em.createNativeQuery("INSERT INTO event_sequence (aggregate_type, aggregate_id, last_sequence)"
                            + " VALUES (?, ?, 1)")
                    .setFlushMode(FlushModeType.COMMIT)
                    .setParameter(1, aggregateType)
                    .setParameter(2, aggregateId)
                    .executeUpdate();
            return 1;
        }
        long next = ((Number) current.get(0)).longValue() + 1;
        em.createNativeQuery(
                        "UPDATE event_sequence SET last_sequence = ? WHERE aggregate_type = ? AND aggregate_id = ?")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, next)
                .setParameter(2, aggregateType)
                .setParameter(3, aggregateId)
                .executeUpdate();
        return next;
    }
}
