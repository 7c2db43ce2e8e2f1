package io.catalog.events.webhook;

import static io.catalog.events.LocalTransactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.events.PostgresqlSchema;
import io.catalog.persistence.outbox.EventOutbox;
import io.catalog.persistence.outbox.NewOutboxEvent;
import io.catalog.persistence.outbox.OutboxEvent;
import io.catalog.persistence.webhook.WebhookDeliveries;
import io.catalog.persistence.webhook.WebhookDelivery;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two webhook workers on one PostgreSQL database, each with its own entity manager, connection and transactions (as
 * two servers have), drain one subscription's backlog of 1,000 deliveries of 40 products concurrently: claim a
 * batch (committed, leased), "send" it, record it. Each delivery must be claimed exactly once, one product's
 * deliveries must be claimed in sequence order, and never two of one product may be in flight at once. Runs against
 * {@code catalog.test.postgresql.url} (default the local {@code test} database) in a schema of its own, dropped
 * afterwards; skipped, saying why, when PostgreSQL does not answer.
 */
class TwoWebhookWorkersOnPostgresqlTest {

    private static final String SUBSCRIPTION = UUID.randomUUID().toString();
    private static final int PRODUCTS = 40;
    private static final int EVENTS_PER_PRODUCT = 25;
    private static final int TOTAL = PRODUCTS * EVENTS_PER_PRODUCT;
    private static final int BATCH = 8;

    @RegisterExtension
    static final PostgresqlSchema DATABASE = new PostgresqlSchema("webhook_test_", "the two-worker test");

    @BeforeAll
    static void addSubscription() throws SQLException {
        try (Connection connection = DATABASE.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "INSERT INTO " + DATABASE.name() + ".webhook_subscription (id, store_id, target_url,"
                            + " event_types, secret, format, active, created_at, updated_at) VALUES ('" + SUBSCRIPTION
                            + "',"
                            + " 'store-1', 'https://example.com/hooks', '*', 'whsec_dGVzdA==', 'standard', TRUE, now(), now())");
        }
    }

    /** A claim as a worker saw it. */
    private record Claim(String worker, String deliveryId, String aggregateId, long sequence) {}

    @Test
    void twoWorkersClaimEveryDeliveryOnceAndEachProductInOrder() throws Exception {
        List<String> products = feedDeliveries();
        List<Claim> claims = new ArrayList<>();
        Set<String> inFlight = new HashSet<>();
        List<String> overlaps = new ArrayList<>();

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = threads.submit(() -> work("worker-1", claims, inFlight, overlaps));
            Future<Integer> second = threads.submit(() -> work("worker-2", claims, inFlight, overlaps));
            int byFirst = first.get(5, TimeUnit.MINUTES);
            int bySecond = second.get(5, TimeUnit.MINUTES);

            assertThat(byFirst).as("deliveries sent by worker-1").isPositive();
            assertThat(bySecond).as("deliveries sent by worker-2").isPositive();
            assertThat(byFirst + bySecond).isEqualTo(TOTAL);
        } finally {
            threads.shutdownNow();
        }

        assertThat(overlaps)
                .as("two deliveries of one product in flight at once")
                .isEmpty();
        assertThat(claims).hasSize(TOTAL);
        assertThat(claims.stream().map(Claim::deliveryId).distinct().count()).isEqualTo(TOTAL);
        Map<String, List<Long>> sequences = new LinkedHashMap<>();
        claims.forEach(c -> sequences
                .computeIfAbsent(c.aggregateId(), k -> new ArrayList<>())
                .add(c.sequence()));
        assertThat(sequences.keySet()).containsExactlyInAnyOrderElementsOf(products);
        List<Long> inOrder =
                LongStream.rangeClosed(1, EVENTS_PER_PRODUCT).boxed().toList();
        sequences.forEach((product, seen) ->
                assertThat(seen).as("sequences of " + product + " as claimed").isEqualTo(inOrder));
        try (Connection connection = DATABASE.connect();
                Statement statement = connection.createStatement();
                var result = statement.executeQuery(
                        "SELECT COUNT(*) FROM " + DATABASE.name() + ".webhook_delivery WHERE status <> 'DELIVERED'")) {
            result.next();
            assertThat(result.getLong(1)).as("deliveries not delivered").isZero();
        }
    }

    @Test
    void aProductWithManyPendingEventsDoesNotHoldBackTheOthers() throws SQLException {
        String subscription = UUID.randomUUID().toString();
        try (Connection connection = DATABASE.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO " + DATABASE.name() + ".webhook_subscription (id, store_id, target_url,"
                    + " event_types, secret, format, active, created_at, updated_at) VALUES ('" + subscription + "',"
                    + " 'store-2',"
                    + " 'https://example.com/hooks', '*', 'whsec_dGVzdA==', 'standard', TRUE, now(), now())");
        }
        String busy = UUID.randomUUID().toString();
        String quiet = UUID.randomUUID().toString();
        EntityManager em = DATABASE.factory().createEntityManager();
        try {
            EventOutbox outbox = new EventOutbox();
            inject(outbox, "em", em);
            WebhookDeliveries deliveries = new WebhookDeliveries();
            inject(deliveries, "em", em);
            OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
            inTransaction(em, () -> {
                // The busy product's 100 events are all due before the quiet product's one.
                for (int e = 0; e < 100; e++) {
                    deliveries.add(
                            subscription,
                            outbox.append(new NewOutboxEvent(
                                    "store-2", "ProductChanged", "product", busy, "{}", start.plusNanos(1000L * e))),
                            start.plusNanos(1000L * e));
                }
                deliveries.add(
                        subscription,
                        outbox.append(new NewOutboxEvent(
                                "store-2", "ProductChanged", "product", quiet, "{}", start.plusSeconds(1))),
                        start.plusSeconds(1));
                return null;
            });

            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            List<WebhookDelivery> first = inTransaction(em, () -> deliveries.claimDue(8, now, now.plusMinutes(5)));
            List<WebhookDelivery> second = inTransaction(em, () -> deliveries.claimDue(8, now, now.plusMinutes(5)));

            assertThat(first)
                    .extracting(d -> d.aggregateKey() + "#" + d.sequence())
                    .containsExactlyInAnyOrder("product/" + busy + "#1", "product/" + quiet + "#1");
            assertThat(second).as("the busy product's first event is in flight").isEmpty();
        } finally {
            em.close();
            try (Connection connection = DATABASE.connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM " + DATABASE.name() + ".webhook_delivery WHERE subscription_id = '"
                        + subscription + "'");
                statement.execute("DELETE FROM " + DATABASE.name() + ".event_outbox WHERE store_id = 'store-2'");
            }
        }
    }

    /** Events of {@value #PRODUCTS} products, interleaved in time, each with a pending delivery to the subscription. */
    private static List<String> feedDeliveries() {
        List<String> products = new ArrayList<>();
        for (int p = 0; p < PRODUCTS; p++) {
            products.add(UUID.randomUUID().toString());
        }
        EntityManager em = DATABASE.factory().createEntityManager();
        try {
            EventOutbox outbox = new EventOutbox();
            inject(outbox, "em", em);
            WebhookDeliveries deliveries = new WebhookDeliveries();
            inject(deliveries, "em", em);
            em.getTransaction().begin();
            OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10);
            int n = 0;
            for (int e = 0; e < EVENTS_PER_PRODUCT; e++) {
                for (String product : products) {
                    OutboxEvent event = outbox.append(new NewOutboxEvent(
                            "store-1",
                            "ProductChanged",
                            "product",
                            product,
                            "{\"productId\":\"" + product + "\",\"changedFields\":[\"name\"]}",
                            start.plusNanos(1000L * n++)));
                    deliveries.add(SUBSCRIPTION, event, start);
                }
            }
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        return products;
    }

    /**
     * One worker: claims a batch in a transaction (committed: the deliveries are leased), sends it outside any
     * transaction (here: notes it, checking no other delivery of the product is in flight), records it in another.
     */
    private static int work(String name, List<Claim> claims, Set<String> inFlight, List<String> overlaps) {
        EntityManager em = DATABASE.factory().createEntityManager();
        try {
            WebhookDeliveries deliveries = new WebhookDeliveries();
            inject(deliveries, "em", em);
            int mine = 0;
            Instant giveUp = Instant.now().plusSeconds(240);
            while (count(claims) < TOTAL) {
                assertThat(Instant.now()).as(name + " still draining").isBefore(giveUp);
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                List<WebhookDelivery> batch =
                        inTransaction(em, () -> deliveries.claimDue(BATCH, now, now.plusMinutes(5)));
                synchronized (claims) {
                    for (WebhookDelivery delivery : batch) {
                        claims.add(new Claim(name, delivery.id(), key(delivery), delivery.sequence()));
                        if (!inFlight.add(key(delivery))) {
                            overlaps.add(key(delivery) + " #" + delivery.sequence());
                        }
                    }
                }
                Thread.yield();
                synchronized (claims) {
                    batch.forEach(delivery -> inFlight.remove(key(delivery)));
                }
                inTransaction(em, () -> {
                    deliveries.load(batch.stream().map(WebhookDelivery::id).collect(Collectors.toList()));
                    batch.forEach(d -> deliveries.markDelivered(d.id(), 204, OffsetDateTime.now(ZoneOffset.UTC)));
                    return null;
                });
                mine += batch.size();
            }
            return mine;
        } finally {
            em.close();
        }
    }

    /** The product id of a delivery's aggregate key ({@code product/<id>}). */
    private static String key(WebhookDelivery delivery) {
        return delivery.aggregateKey().substring(delivery.aggregateKey().indexOf('/') + 1);
    }

    private static int count(List<Claim> claims) {
        synchronized (claims) {
            return claims.size();
        }
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
}
