package io.catalog.events.dispatch;

import static io.catalog.events.LocalTransactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.persistence.outbox.EventOutbox;
import io.catalog.persistence.outbox.NewOutboxEvent;
import io.catalog.persistence.outbox.OutboxEvent;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay's claim is in the database before any event is published, and a claim whose publisher died or was too slow
 * is taken over when its lease ends, without losing an event, publishing one twice or out of its product's order. Each
 * test runs on an in-memory H2 database of its own, migrated like the server's; each relay has its own entity manager
 * and connection, as two servers have.
 */
class OutboxRelayTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    private String url;
    private EntityManagerFactory factory;
    private final List<EntityManager> managers = new ArrayList<>();
    private final Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void createDatabase() {
        url = "jdbc:h2:mem:relay-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        Flyway.configure(OutboxRelayTest.class.getClassLoader())
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.driver", "org.h2.Driver");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", "sa");
        properties.put("jakarta.persistence.jdbc.password", "");
        properties.put("eclipselink.jdbc.exclusive-connection.mode", "Always");
        factory = Persistence.createEntityManagerFactory("catalog", properties);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        managers.forEach(EntityManager::close);
        factory.close();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("SHUTDOWN");
        }
    }

    @Test
    void theClaimIsCommittedBeforeAnySinkIsHandedAnEvent() {
        String product = UUID.randomUUID().toString();
        List<String> ids = append(product, 3);
        Map<String, OffsetDateTime> leasedAsOthersSeeIt = new HashMap<>();
        List<Long> published = new ArrayList<>();
        OutboxRelay relay = relay(at(start), events -> {
            // What another session of the database sees while the events are being published.
            events.forEach(event -> leasedAsOthersSeeIt.put(event.id(), committedNextAttempt(event.id())));
            events.forEach(event -> published.add(event.sequence()));
            return delivered(events);
        });

        assertThat(relay.publishBatch(10)).isEqualTo(new OutboxRelay.Batch(3, 3));

        assertThat(published).containsExactly(1L, 2L, 3L);
        assertThat(leasedAsOthersSeeIt)
                .as("the committed claim of each event as the sinks got it")
                .containsOnlyKeys(ids)
                .allSatisfy((id, until) -> assertThat(until.toInstant()).isEqualTo(start.plus(LEASE)));
        assertThat(unpublished()).isZero();
    }

    @Test
    void theEventsOfARelayThatDiedAfterItsClaimArePublishedInOrderWhenItsLeaseEnds() {
        String product = UUID.randomUUID().toString();
        append(product, 3);
        // A crash runs no more of the relay's code: an Error stands for it (the relay releases its claim only after
        // an exception of its own publishing).
        OutboxRelay dying = relay(at(start), events -> {
            throw new ServerDied();
        });
        assertThatThrownBy(() -> dying.publishBatch(10)).isInstanceOf(ServerDied.class);
        append(product, 1);

        List<Long> published = new ArrayList<>();
        EventSink sink = events -> {
            events.forEach(event -> published.add(event.sequence()));
            return delivered(events);
        };
        assertThat(relay(at(start.plusSeconds(1)), sink).publishBatch(10).claimed())
                .as("claimed while the lease runs: the leased events and, behind them, the product's next one")
                .isZero();
        assertThat(published).isEmpty();

        OutboxRelay other = relay(at(start.plus(LEASE).plusSeconds(1)), sink);
        while (other.publishBatch(10).settled() > 0) {
            // drain
        }
        assertThat(published).containsExactly(1L, 2L, 3L, 4L);
        assertThat(unpublished()).isZero();
    }

    @Test
    void aRelayWhosePublishingFailsReleasesItsClaimForTheNextPoll() {
        String product = UUID.randomUUID().toString();
        append(product, 3);
        OutboxRelay failing = relay(at(start), events -> {
            throw new IllegalStateException("the webhook fan-out could not write its deliveries");
        });
        assertThatThrownBy(() -> failing.publishBatch(10)).hasMessageContaining("fan-out");

        List<Long> published = new ArrayList<>();
        OutboxRelay next = relay(at(start.plusMillis(200)), events -> {
            events.forEach(event -> published.add(event.sequence()));
            return delivered(events);
        });
        assertThat(next.publishBatch(10)).isEqualTo(new OutboxRelay.Batch(3, 3));
        assertThat(published).containsExactly(1L, 2L, 3L);
        assertThat(unpublished()).isZero();
    }

    @Test
    void drainingClaimsEachNextBatchWithThePublishingOfTheOneBeforeAndCommitsItBeforeItsSinkGetsIt() {
        String product = UUID.randomUUID().toString();
        List<String> ids = append(product, 5);
        Map<String, OffsetDateTime> leasedAsOthersSeeIt = new HashMap<>();
        List<Integer> batchSizes = new ArrayList<>();
        List<Long> published = new ArrayList<>();
        OutboxRelay relay = relay(at(start), events -> {
            events.forEach(event -> leasedAsOthersSeeIt.put(event.id(), committedNextAttempt(event.id())));
            events.forEach(event -> published.add(event.sequence()));
            batchSizes.add(events.size());
            return delivered(events);
        });

        assertThat(relay.publishAll(2)).isEqualTo(5);

        assertThat(batchSizes).containsExactly(2, 2, 1);
        assertThat(published).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(leasedAsOthersSeeIt)
                .as("the committed claim of each event as its sink got it")
                .containsOnlyKeys(ids)
                .allSatisfy((id, until) -> assertThat(until.toInstant()).isEqualTo(start.plus(LEASE)));
        assertThat(unpublished()).isZero();
    }

    @Test
    void aDrainWhosePublishingFailsGivesBackThatBatchAndNeverClaimedTheNext() {
        String product = UUID.randomUUID().toString();
        List<String> ids = append(product, 6);
        int[] calls = {0};
        OutboxRelay failingSecond = relay(at(start), events -> {
            if (++calls[0] == 2) {
                throw new IllegalStateException("the webhook fan-out could not write its deliveries");
            }
            return delivered(events);
        });
        assertThatThrownBy(() -> failingSecond.publishAll(2)).hasMessageContaining("fan-out");

        assertThat(unpublished()).isEqualTo(4);
        assertThat(committedNextAttempt(ids.get(2)).toInstant())
                .as("the failed batch, given back: due at once")
                .isEqualTo(start);
        assertThat(committedNextAttempt(ids.get(4)).toInstant())
                .as("the batch after it, whose claim rolled back with the failure")
                .isBefore(start);

        List<Long> published = new ArrayList<>();
        OutboxRelay next = relay(at(start.plusMillis(200)), events -> {
            events.forEach(event -> published.add(event.sequence()));
            return delivered(events);
        });
        assertThat(next.publishAll(10)).isEqualTo(4);
        assertThat(published).containsExactly(3L, 4L, 5L, 6L);
        assertThat(unpublished()).isZero();
    }

    @Test
    void aRelayWhoseLeaseEndedDoesNotPublishWhatAnotherOneTookOverAndPostponed() {
        String product = UUID.randomUUID().toString();
        append(product, 1);
        List<String> published = new ArrayList<>();
        OutboxRelay takingOver = relay(at(start.plus(LEASE).plusSeconds(1)), events -> {
            events.forEach(event -> published.add("taking over #" + event.sequence()));
            return new Delivery(
                    java.util.Set.of(),
                    events.stream()
                            .collect(java.util.stream.Collectors.toMap(event -> event.id(), event -> "HTTP 503")));
        });
        OutboxRelay slow = relay(at(start), events -> {
            events.forEach(event -> published.add("slow #" + event.sequence()));
            return delivered(events);
        });
        RelayTransactions own = slow.transactions;
        int[] step = {0};
        slow.transactions = new RelayTransactions() {
            @Override
            public <T> T inNewTransaction(Supplier<T> work) {
                if (++step[0] == 2) {
                    // Between its claim and its publishing the slow relay's lease ends; another one takes the event
                    // over, fails to publish it and postpones it.
                    assertThat(takingOver.publishBatch(10)).isEqualTo(new OutboxRelay.Batch(1, 1));
                }
                return own.inNewTransaction(work);
            }
        };

        assertThat(slow.publishBatch(10))
                .as("the event is no longer the slow relay's: it waits for its retry")
                .isEqualTo(new OutboxRelay.Batch(1, 0));
        assertThat(published).containsExactly("taking over #1");
        assertThat(unpublished()).isEqualTo(1);
    }

    @Test
    void aRelayWhoseLeaseEndedDoesNotPublishAgainWhatAnotherOneTookOverAndPublished() {
        String product = UUID.randomUUID().toString();
        append(product, 2);
        List<String> published = new ArrayList<>();
        OutboxRelay takingOver = relay(at(start.plus(LEASE).plusSeconds(1)), events -> {
            events.forEach(event -> published.add("taking over #" + event.sequence()));
            return delivered(events);
        });
        OutboxRelay slow = relay(at(start), events -> {
            events.forEach(event -> published.add("slow #" + event.sequence()));
            return delivered(events);
        });
        RelayTransactions own = slow.transactions;
        int[] step = {0};
        slow.transactions = new RelayTransactions() {
            @Override
            public <T> T inNewTransaction(Supplier<T> work) {
                if (++step[0] == 2) {
                    // Between its claim and its publishing the slow relay's lease ends, and another one takes over.
                    assertThat(takingOver.publishBatch(10)).isEqualTo(new OutboxRelay.Batch(2, 2));
                }
                return own.inNewTransaction(work);
            }
        };

        assertThat(slow.publishBatch(10)).isEqualTo(new OutboxRelay.Batch(2, 0));
        assertThat(published).containsExactly("taking over #1", "taking over #2");
    }

    @Test
    void aRelayPublishingItsClaimHoldsItAgainstAnotherWhoseClockIsPastTheLease() {
        String product = UUID.randomUUID().toString();
        append(product, 2);
        List<String> published = new ArrayList<>();
        OutboxRelay late = relay(at(start.plus(LEASE).plusSeconds(1)), events -> {
            events.forEach(event -> published.add("late #" + event.sequence()));
            return delivered(events);
        });
        OutboxRelay publishing = relay(at(start), events -> {
            assertThat(late.publishBatch(10).claimed())
                    .as("claimed by the other relay meanwhile")
                    .isZero();
            events.forEach(event -> published.add("publishing #" + event.sequence()));
            return delivered(events);
        });

        assertThat(publishing.publishBatch(10)).isEqualTo(new OutboxRelay.Batch(2, 2));
        assertThat(published).containsExactly("publishing #1", "publishing #2");
    }

    @Test
    void afterAFailedEventItsProductsLaterOnesAreReleasedAndFollowItsRetry() {
        String product = UUID.randomUUID().toString();
        List<String> ids = append(product, 3);
        List<Long> published = new ArrayList<>();
        OutboxRelay failingSecond = relay(at(start), events -> {
            List<OutboxEvent> before =
                    events.stream().filter(event -> event.sequence() < 2).toList();
            before.forEach(event -> published.add(event.sequence()));
            return new Delivery(
                    before.stream().map(OutboxEvent::id).collect(Collectors.toSet()),
                    Map.of(ids.get(1), "broker down"));
        });
        assertThat(failingSecond.publishBatch(10)).isEqualTo(new OutboxRelay.Batch(3, 2));
        assertThat(committedNextAttempt(ids.get(2)).toInstant())
                .as("the third, released")
                .isEqualTo(start);

        OutboxRelay later = relay(at(start.plusSeconds(2)), events -> {
            events.forEach(event -> published.add(event.sequence()));
            return delivered(events);
        });
        assertThat(later.publishBatch(10)).isEqualTo(new OutboxRelay.Batch(2, 2));
        assertThat(published).containsExactly(1L, 2L, 3L);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private List<String> append(String product, int events) {
        EntityManager em = manager();
        EventOutbox outbox = outbox(em);
        return inTransaction(em, () -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                ids.add(outbox.append(new NewOutboxEvent(
                                "store-1",
                                "ProductChanged",
                                "product",
                                product,
                                "{\"productId\":\"" + product + "\",\"changedFields\":[\"name\"]}",
                                start.atOffset(ZoneOffset.UTC).minusMinutes(10)))
                        .id());
            }
            return ids;
        });
    }

    private OutboxRelay relay(Clock clock, EventSink sink) {
        EntityManager em = manager();
        OutboxRelay relay = new OutboxRelay();
        relay.outbox = outbox(em);
        relay.sinks = instanceOf(sink);
        relay.transactions = LocalRelayTransactions.of(em);
        relay.clock = clock;
        relay.initialRetryDelay = Duration.ofSeconds(1);
        relay.maxRetryDelay = Duration.ofSeconds(1);
        relay.lease = LEASE;
        return relay;
    }

    private EntityManager manager() {
        EntityManager em = factory.createEntityManager();
        managers.add(em);
        return em;
    }

    /** The event's {@code next_attempt_at} as committed, read on a connection of its own. */
    private OffsetDateTime committedNextAttempt(String id) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                PreparedStatement statement =
                        connection.prepareStatement("SELECT next_attempt_at FROM event_outbox WHERE id = ?")) {
            statement.setString(1, id);
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).isTrue();
                return result.getObject(1, OffsetDateTime.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long unpublished() {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet result = connection
                        .createStatement()
                        .executeQuery("SELECT COUNT(*) FROM event_outbox WHERE published_at IS NULL")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Delivery delivered(List<OutboxEvent> events) {
        return new Delivery(events.stream().map(OutboxEvent::id).collect(Collectors.toSet()), Map.of());
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static EventOutbox outbox(EntityManager em) {
        EventOutbox outbox = new EventOutbox();
        try {
            Field field = EventOutbox.class.getDeclaredField("em");
            field.setAccessible(true);
            field.set(outbox, em);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return outbox;
    }

    @SuppressWarnings("unchecked")
    private static Instance<EventSink> instanceOf(EventSink sink) {
        List<EventSink> sinks = List.of(sink);
        return (Instance<EventSink>) Proxy.newProxyInstance(
                OutboxRelayTest.class.getClassLoader(),
                new Class<?>[] {Instance.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "iterator" -> sinks.iterator();
                    case "stream" -> sinks.stream();
                    case "get" -> sink;
                    case "toString" -> "Instance" + sinks;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default ->
                        throw new UnsupportedOperationException(method.getName().toLowerCase(Locale.ROOT));
                });
    }

    /** The relay's server stopping dead in the middle of a batch. */
    private static final class ServerDied extends Error {
        ServerDied() {
            super("the server died before it published");
        }
    }
}
