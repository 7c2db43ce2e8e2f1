package io.catalog.events.dispatch;

import static io.catalog.events.LocalTransactions.inTransaction;
import static io.catalog.events.LocalTransactions.rolledBack;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.events.PostgresqlSchema;
import io.catalog.persistence.outbox.EventOutbox;
import io.catalog.persistence.outbox.NewOutboxEvent;
import io.catalog.persistence.outbox.OutboxEvent;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two dispatchers on one PostgreSQL database: two {@link OutboxRelay}s, each with its own entity manager, database
 * connection and transaction per batch (as two servers have), drain one outbox concurrently. Each event must be
 * published exactly once and each product's events in sequence order. The relays' first batches meet at a barrier
 * while both hold their claims (committed, and locked while they are published), so the test proves that a relay claims past the rows another one has locked instead of
 * waiting for them (or taking them too). Runs against {@code catalog.test.postgresql.url} (default the local
 * {@code test} database) in a schema of its own, dropped afterwards; skipped, saying why, when PostgreSQL does not
 * answer.
 */
class TwoRelaysOnPostgresqlTest {

    private static final int PRODUCTS = 40;
    private static final int EVENTS_PER_PRODUCT = 25;
    private static final int TOTAL = PRODUCTS * EVENTS_PER_PRODUCT;
    private static final int BATCH = 10;

    @RegisterExtension
    static final PostgresqlSchema DATABASE = new PostgresqlSchema("relay_test_", "the two-relay test");

    @Test
    void twoRelaysPublishEveryEventExactlyOnceAndEachProductInOrder() throws Exception {
        List<String> products = appendEvents();
        List<Published> published = new ArrayList<>();
        CyclicBarrier bothHoldingClaims = new CyclicBarrier(2);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = threads.submit(() -> drain("relay-1", published, bothHoldingClaims));
            Future<Integer> second = threads.submit(() -> drain("relay-2", published, bothHoldingClaims));
            int byFirst = first.get(5, TimeUnit.MINUTES);
            int bySecond = second.get(5, TimeUnit.MINUTES);

            assertThat(byFirst).as("events published by relay-1").isPositive();
            assertThat(bySecond).as("events published by relay-2").isPositive();
            assertThat(byFirst + bySecond).isEqualTo(TOTAL);
        } finally {
            threads.shutdownNow();
        }

        assertThat(published).hasSize(TOTAL);
        assertThat(published.stream().map(Published::eventId).distinct().count())
                .isEqualTo(TOTAL);
        Map<String, List<Long>> sequences = new LinkedHashMap<>();
        published.forEach(event -> sequences
                .computeIfAbsent(event.aggregateId(), k -> new ArrayList<>())
                .add(event.sequence()));
        assertThat(sequences.keySet()).containsExactlyInAnyOrderElementsOf(products);
        List<Long> inOrder = java.util.stream.LongStream.rangeClosed(1, EVENTS_PER_PRODUCT)
                .boxed()
                .toList();
        sequences.forEach((product, seen) ->
                assertThat(seen).as("sequences of " + product + " as published").isEqualTo(inOrder));
        assertThat(published.stream().map(Published::relay).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("relay-1", "relay-2");
        try (Connection connection = DATABASE.connect();
                Statement statement = connection.createStatement();
                var result = statement.executeQuery(
                        "SELECT COUNT(*) FROM " + DATABASE.name() + ".event_outbox WHERE published_at IS NULL")) {
            result.next();
            assertThat(result.getLong(1)).as("events left unpublished").isZero();
        }
    }

    /**
     * An aggregate's event is held back while the event numbered right before it is unpublished (here waiting for a
     * retry), and published once that one is, also when that one has since been purged. The outbox asks only about
     * the event right before, so this checks that asking about it alone keeps the order.
     */
    @Test
    void anEventWaitsWhileTheOneBeforeItIsUnpublishedAndNotAfterItWasPublishedOrPurged() {
        String product = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        EntityManager em = DATABASE.factory().createEntityManager();
        EventOutbox outbox = new EventOutbox();
        inject(outbox, "em", em);
        List<String> ids = new ArrayList<>();
        try {
            inTransaction(em, () -> {
                for (int i = 0; i < 3; i++) {
                    ids.add(outbox.append(new NewOutboxEvent(
                                    "store-1",
                                    "ProductChanged",
                                    "product",
                                    product,
                                    "{\"productId\":\"" + product + "\",\"changedFields\":[\"name\"]}",
                                    now.minusMinutes(10).plusSeconds(i)))
                            .id());
                }
                outbox.markFailed(ids.get(0), "receiver down", now.plusHours(1));
                return null;
            });

            assertThat(claimedOf(em, outbox, product, now))
                    .as("while the first waits for its retry")
                    .isEmpty();

            inTransaction(em, () -> {
                outbox.markPublished(List.of(ids.get(0)), now);
                return null;
            });
            assertThat(claimedOf(em, outbox, product, now))
                    .as("once the first is published")
                    .containsExactly(2L, 3L);

            inTransaction(em, () -> {
                outbox.markPublished(List.of(ids.get(1)), now.minusDays(2));
                em.createNativeQuery("UPDATE event_outbox SET published_at = ? WHERE id = ?")
                        .setParameter(1, now.minusDays(2))
                        .setParameter(2, ids.get(0))
                        .executeUpdate();
                return outbox.purgePublishedBefore(now.minusDays(1), 100);
            });
            assertThat(outbox.find(ids.get(1))).as("the second, purged").isEmpty();
            assertThat(claimedOf(em, outbox, product, now))
                    .as("after the events before it were purged")
                    .containsExactly(3L);
        } finally {
            inTransaction(em, () -> {
                outbox.markPublished(ids, now);
                return null;
            });
            em.close();
        }
    }

    /** The sequences of {@code product}'s events a claim would publish now (the claim is rolled back). */
    private static List<Long> claimedOf(EntityManager em, EventOutbox outbox, String product, OffsetDateTime now) {
        return rolledBack(
                em,
                () -> outbox.claimDue(1000, now).stream()
                        .filter(event -> event.aggregateId().equals(product))
                        .map(OutboxEvent::sequence)
                        .toList());
    }

    /** Events of {@value #PRODUCTS} products, interleaved in time: every product's first, then every second, ... */
    private static List<String> appendEvents() {
        List<String> products = new ArrayList<>();
        for (int p = 0; p < PRODUCTS; p++) {
            products.add(UUID.randomUUID().toString());
        }
        EntityManager em = DATABASE.factory().createEntityManager();
        try {
            EventOutbox outbox = new EventOutbox();
            inject(outbox, "em", em);
            em.getTransaction().begin();
            OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10);
            int n = 0;
            for (int e = 0; e < EVENTS_PER_PRODUCT; e++) {
                for (String product : products) {
                    outbox.append(new NewOutboxEvent(
                            "store-1",
                            "ProductChanged",
                            "product",
                            product,
                            "{\"productId\":\"" + product + "\",\"changedFields\":[\"name\"]}",
                            start.plusNanos(1000L * n++)));
                }
            }
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        return products;
    }

    /**
     * One relay's claim loop, as a dispatcher runs it: a batch per transaction until every event is published;
     * answers how many it published. Its first batch waits, claims held, until the other relay holds its own.
     */
    private static int drain(String name, List<Published> published, CyclicBarrier bothHoldingClaims) throws Exception {
        EntityManager em = DATABASE.factory().createEntityManager();
        try {
            EventOutbox outbox = new EventOutbox();
            inject(outbox, "em", em);
            boolean[] met = {false};
            int[] mine = {0};
            EventSink sink = events -> {
                if (!met[0]) {
                    met[0] = true;
                    try {
                        bothHoldingClaims.await(1, TimeUnit.MINUTES);
                    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                        throw new AssertionError(
                                name + " held its first claims alone: the other relay could not " + "claim past them",
                                e);
                    }
                }
                synchronized (published) {
                    events.forEach(event ->
                            published.add(new Published(event.id(), event.aggregateId(), event.sequence(), name)));
                }
                mine[0] += events.size();
                return new Delivery(events.stream().map(OutboxEvent::id).collect(Collectors.toSet()), Map.of());
            };
            OutboxRelay relay = new OutboxRelay();
            relay.outbox = outbox;
            relay.sinks = instanceOf(sink);
            relay.clock = Clock.systemUTC();
            relay.transactions = LocalRelayTransactions.of(em);
            relay.initialRetryDelay = Duration.ofSeconds(1);
            relay.maxRetryDelay = Duration.ofSeconds(1);
            relay.lease = Duration.ofMinutes(5);
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(4));
            while (publishedCount(published) < TOTAL) {
                assertThat(Instant.now()).as(name + " still draining").isBefore(giveUp);
                relay.publishAll(BATCH);
            }
            return mine[0];
        } finally {
            em.close();
        }
    }

    private static int publishedCount(List<Published> published) {
        synchronized (published) {
            return published.size();
        }
    }

    @SuppressWarnings("unchecked")
    private static Instance<EventSink> instanceOf(EventSink sink) {
        List<EventSink> sinks = List.of(sink);
        return (Instance<EventSink>) Proxy.newProxyInstance(
                TwoRelaysOnPostgresqlTest.class.getClassLoader(),
                new Class<?>[] {Instance.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "iterator" -> sinks.iterator();
                    case "stream" -> sinks.stream();
                    case "isUnsatisfied" -> false;
                    case "isAmbiguous" -> false;
                    case "get" -> sink;
                    case "toString" -> "Instance" + sinks;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default ->
                        throw new UnsupportedOperationException(method.getName().toLowerCase(Locale.ROOT));
                });
    }

    private static void inject(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One event as a relay handed it to its sink. */
    private record Published(String eventId, String aggregateId, long sequence, String relay) {}
}
