package io.catalog.web.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.durability.CrashServer;
import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.DatabaseAvailable;
import io.catalog.web.support.ProductBody;
import io.catalog.web.support.TokenIssuer;
import io.catalog.web.webhooks.WebhookReceiver;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several real servers of the built WAR on one PostgreSQL schema, publishing to one external ActiveMQ Artemis broker
 * ({@code catalog.events.broker.url}): three by default ({@code it.nodes.count=2} runs two), each a Liberty server
 * of its own started by the test, the broker a JVM of its own, and the example consumer (module
 * {@code examples/event-consumer}) a plain Java program subscribed durably to the broker's topic.
 *
 * <p>Writers spread over the nodes create products and change each twice ({@code it.nodes.writes} requests in all);
 * a third of the way in, the first node is killed with SIGKILL (its writers move to the others), and two thirds in the
 * consumer is killed and started again. Then: every acknowledged write is stored; each product's events are numbered
 * 1, 2, 3, ... without a gap; every event reached the broker and each webhook subscription, the consumer applied each
 * once and in its product's order, and the only events that came twice (with the same id) are those the killed node
 * had claimed or was sending, or that were retried; the killed node's claimed events and leased deliveries were
 * finished by the others once their lease ended. Before the load, a change made on one node is read at once on the
 * node that asks the database ({@code database} mode), and on the others within the maximum staleness.
 *
 * <p>PostgreSQL only: nodes share a database, which the embedded H2 file cannot be.
 */
@ExtendWith(DatabaseAvailable.class)
class ThreeNodesIT {

    private static final int WRITERS = 6;
    private static final Duration SERVER_START = Duration.ofSeconds(600);
    private static final Duration LOAD_AT_MOST = Duration.ofSeconds(300);
    /**
     * The longest lease a killed node leaves is a webhook delivery's, its request timeout (10 s) plus 30 s; a loaded
     * machine may need retries on top.
     */
    private static final Duration SETTLE_AT_MOST = Duration.ofSeconds(240);
    /** The nodes' catalog.product-cache.max-staleness. */
    private static final Duration STALENESS = Duration.ofSeconds(1);

    private static final String HOOK = "/hooks/nodes";

    @Test
    void nodesShareOneDatabaseAndOneBrokerAndSurviveTheKillOfOne() throws Exception {
        boolean postgresql = "postgresql".equals(System.getProperty("catalog.it.database"));
        if (!postgresql) {
            System.out.println("[nodes] ThreeNodesIT runs on PostgreSQL only (nodes share a database): skipped on "
                    + System.getProperty("catalog.it.database"));
        }
        Assumptions.assumeTrue(postgresql, "several nodes share a database: PostgreSQL only");
        int count = Integer.getInteger("catalog.it.nodes.count", 3);
        int requests = Integer.getInteger("catalog.it.nodes.writes", 300);
        assertThat(count).as("catalog.it.nodes.count").isBetween(2, 3);
        Path dir = Path.of(System.getProperty("catalog.it.nodes.dir", "target/it-nodes"));
        NodesDatabase database = new NodesDatabase(
                System.getProperty("catalog.it.nodes.postgresql.url"),
                System.getProperty("catalog.it.nodes.postgresql.schema"));
        database.drop();

        TokenIssuer tokens = TokenIssuer.inFolder(Path.of(System.getProperty("catalog.it.jwt.dir", "target/it-jwt")));
        String storeId = "nodes-" + UUID.randomUUID();
        String token = tokens.token(storeId, List.of(CatalogIT.READ, CatalogIT.MODIFY), Duration.ofHours(2));
        String brokerUrl = "tcp://127.0.0.1:" + System.getProperty("catalog.it.nodes.broker.port");
        // Two nodes: the first (killed) and the third (it asks the database on every read).
        List<Integer> numbers = count == 3 ? List.of(1, 2, 3) : List.of(1, 3);
        String[] ports = System.getProperty("catalog.it.nodes.http.ports").split(",");
        Path wlp = Path.of(System.getProperty("catalog.it.wlp", "target/liberty/wlp"));

        List<CrashServer> servers = new ArrayList<>();
        for (int number : numbers) {
            servers.add(new CrashServer(
                    wlp,
                    System.getProperty("catalog.it.nodes.server") + "-" + number,
                    Integer.parseInt(ports[number - 1].trim()),
                    dir.resolve("logs")));
        }
        try (WebhookReceiver receiver = new WebhookReceiver();
                JavaProgram broker = new JavaProgram(
                        "broker",
                        dir.resolve("logs"),
                        TestBroker.class.getName(),
                        System.getProperty("catalog.it.nodes.broker.port"),
                        dir.resolve("broker-data").toString());
                ExampleConsumer consumer =
                        new ExampleConsumer(brokerUrl, "catalog-example-consumer", dir.resolve("consumer"))) {
            broker.start(TestBroker.STARTED, Duration.ofSeconds(60));
            consumer.start();
            try {
                startNodes(servers);
                List<Api> nodes = servers.stream()
                        .map(s -> Api.at(s.base()).withToken(token))
                        .toList();
                String subscription = subscribe(nodes.get(0), receiver.url(HOOK));
                String reads = checkReadsAcrossNodes(nodes, numbers);

                Map<String, long[]> beforeLoad = database.tableActivity();
                NodeWriters writers = new NodeWriters(nodes, WRITERS, requests);
                Instant loadStarted = Instant.now();
                writers.start();
                awaitAcknowledged(writers, requests / 3);
                // For whoever reads a failed run: what the node was doing when it was killed.
                servers.get(0).dumpThreads();
                servers.get(0).kill();
                NodesDatabase.InFlight atKill = database.inFlight(storeId, subscription);
                int acknowledgedAtKill = writers.acknowledged();
                awaitAcknowledged(writers, 2 * requests / 3);
                consumer.kill();
                List<ExampleConsumer.Line> beforeConsumerRestart = consumer.lines();
                consumer.start();
                writers.awaitEnd(LOAD_AT_MOST);
                Duration load = Duration.between(loadStarted, Instant.now());

                Settled settled = awaitSettled(database, storeId, subscription, consumer, receiver);
                report(count, writers, load, acknowledgedAtKill, atKill, settled, beforeConsumerRestart, reads);
                measureTheDatabasesWork(database, beforeLoad, writers, count - 1);

                assertTheLoadSpreadOverTheNodes(writers, numbers);
                assertAcknowledgedWritesAreStored(writers, allProducts(nodes.get(nodes.size() - 1)));
                Map<String, List<NodesDatabase.Stored>> events = database.events(storeId);
                assertSequencesHaveNoGaps(events);
                Set<String> retried = new HashSet<>(atKill.events());
                retried.addAll(database.retriedEvents(storeId));
                assertTheConsumerAppliedEachEventOnceInOrder(
                        consumer.lines(), storeId, events, retried, beforeConsumerRestart);
                Set<String> resent = new HashSet<>(atKill.deliveries());
                resent.addAll(database.retriedDeliveries(subscription));
                assertEachEventWasPostedOnceInOrder(receiver.received(HOOK), events, resent);
            } catch (Exception | AssertionError e) {
                e.addSuppressed(new AssertionError("logs of the run in " + dir.resolve("logs")));
                throw e;
            } finally {
                for (CrashServer server : servers) {
                    server.close();
                }
            }
        }
    }

    // --- the steps -----------------------------------------------------------------------------------------------

    /** Starts the first node (it migrates the empty schema), then the others together. */
    private static void startNodes(List<CrashServer> servers) throws Exception {
        servers.get(0).start(SERVER_START);
        ExecutorService starting = Executors.newFixedThreadPool(servers.size());
        try {
            List<Future<Void>> started = new ArrayList<>();
            for (CrashServer server : servers.subList(1, servers.size())) {
                started.add(starting.submit(() -> {
                    server.start(SERVER_START);
                    return null;
                }));
            }
            for (Future<Void> future : started) {
                future.get();
            }
        } finally {
            starting.shutdown();
        }
    }

    private static String subscribe(Api node, String url) {
        Api.Response response = node.post(
                "/stores/v1/webhooks/subscriptions",
                Json.createObjectBuilder()
                        .add(
                                "subscription",
                                Json.createObjectBuilder().add("targetUrl", url).add("format", "standard"))
                        .build()
                        .toString());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("subscription").getString("id");
    }

    /**
     * A product changed on the first node is read changed at once there (its own write) and on the node in
     * {@code database} mode, and on every other node by a read started no later than the maximum staleness after
     * the change was answered. Each node has read the product before the change (so kept its revision).
     */
    private static String checkReadsAcrossNodes(List<Api> nodes, List<Integer> numbers) throws InterruptedException {
        Api.Response created = nodes.get(0)
                .post(
                        "/stores/v1/products",
                        ProductBody.named("read probe").price(3).json());
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String path =
                "/stores/v1/products/" + created.json().getJsonObject("product").getString("id");
        for (Api node : nodes) {
            assertThat(name(node, path)).isEqualTo("read probe");
        }
        Api.Response changed = nodes.get(0)
                .patch(path, ProductBody.changes().name("read probe changed").json());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        Instant answered = Instant.now();
        assertThat(name(nodes.get(0), path)).as("read on the node that wrote").isEqualTo("read probe changed");
        int database = numbers.indexOf(3);
        assertThat(name(nodes.get(database), path))
                .as("read at once on node 3 (catalog.product-cache.revisions=database)")
                .isEqualTo("read probe changed");
        StringBuilder seen = new StringBuilder();
        for (int i = 1; i < nodes.size(); i++) {
            if (i == database) {
                continue;
            }
            while (true) {
                Instant sent = Instant.now();
                if (name(nodes.get(i), path).equals("read probe changed")) {
                    seen.append("node ")
                            .append(numbers.get(i))
                            .append(" read node 1's change ")
                            .append(Duration.between(answered, sent).toMillis())
                            .append(" ms after it was answered; ");
                    break;
                }
                assertThat(Duration.between(answered, sent))
                        .as("node " + numbers.get(i) + " still reads the old name in a read started this long after"
                                + " the change")
                        .isLessThanOrEqualTo(STALENESS);
                Thread.sleep(20);
            }
        }
        return seen.append("node 3 (database) read it at once").toString();
    }

    private static String name(Api node, String path) {
        Api.Response read = node.get(path);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json().getJsonObject("product").getString("name");
    }

    private static void awaitAcknowledged(NodeWriters writers, int acknowledged) throws InterruptedException {
        Instant deadline = Instant.now().plus(LOAD_AT_MOST);
        while (writers.acknowledged() < acknowledged && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
    }

    /** What the run ended with once nothing was left to publish or deliver. */
    private record Settled(int events, Duration took) {}

    /**
     * Waits until every event of the store is published, every delivery of the subscription delivered, and the
     * consumer and the webhook receiver have every event.
     */
    private static Settled awaitSettled(
            NodesDatabase database,
            String storeId,
            String subscription,
            ExampleConsumer consumer,
            WebhookReceiver receiver)
            throws Exception {
        Instant start = Instant.now();
        Instant deadline = start.plus(SETTLE_AT_MOST);
        while (true) {
            NodesDatabase.Backlog backlog = database.backlog(storeId, subscription);
            long applied = consumer.lines().stream()
                    .filter(l -> l.applied() && l.store().equals(storeId))
                    .count();
            long posted = receiver.received(HOOK).stream()
                    .map(r -> r.header("webhook-id"))
                    .distinct()
                    .count();
            if (backlog.unpublished() == 0
                    && backlog.undelivered() == 0
                    && applied == backlog.events()
                    && posted == backlog.events()) {
                return new Settled(backlog.events(), Duration.between(start, Instant.now()));
            }
            if (backlog.dead() > 0) {
                throw new AssertionError("webhook deliveries dead-lettered (see the delivery log): " + backlog);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("after " + SETTLE_AT_MOST + ": " + backlog + "; the consumer applied "
                        + applied + " and the webhook receiver got " + posted);
            }
            Thread.sleep(250);
        }
    }

    /** Every product of the store, by id, as one node reads them. */
    private static Map<String, JsonObject> allProducts(Api node) {
        Map<String, JsonObject> products = new LinkedHashMap<>();
        for (int offset = 0; ; offset += 100) {
            Api.Response page = node.post(
                    "/stores/v1/products/query",
                    "{\"query\": {\"sort\": \"[{\\\"name\\\": \\\"asc\\\"}]\", \"paging\": {\"limit\": 100, \"offset\": "
                            + offset + "}}}");
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            List<JsonObject> found = page.json().getJsonArray("products").getValuesAs(JsonObject.class);
            found.forEach(p -> products.put(p.getString("id"), p));
            if (found.size() < 100) {
                return products;
            }
        }
    }

    /**
     * With {@code catalog.it.nodes.idle-sample} seconds (scripts/several-nodes.sh sets it), prints what the load cost
     * the database per acknowledged request, then what the surviving nodes cost it idle, per second (docs/scaling.md).
     */
    private static void measureTheDatabasesWork(
            NodesDatabase database, Map<String, long[]> beforeLoad, NodeWriters writers, int survivors)
            throws Exception {
        int seconds = Integer.getInteger("catalog.it.nodes.idle-sample", 0);
        if (seconds <= 0) {
            return;
        }
        // PostgreSQL publishes an idle session's counts within about ten seconds.
        Thread.sleep(12_000);
        Map<String, long[]> afterLoad = database.tableActivity();
        System.out.println("[nodes] the load: "
                + NodesDatabase.difference(beforeLoad, afterLoad, writers.acknowledged(), "acknowledged request"));
        Thread.sleep(seconds * 1000L);
        Map<String, long[]> idle = database.tableActivity();
        System.out.println("[nodes] " + survivors + " idle nodes: "
                + NodesDatabase.difference(afterLoad, idle, seconds, "second"));
    }

    // --- the checks ----------------------------------------------------------------------------------------------

    private static void assertTheLoadSpreadOverTheNodes(NodeWriters writers, List<Integer> numbers) {
        assertThat(writers.refused()).as("writes refused").isEmpty();
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(writers.acknowledgedBy(i))
                    .as("writes acknowledged by node " + numbers.get(i))
                    .isPositive();
        }
    }

    private static void assertAcknowledgedWritesAreStored(NodeWriters writers, Map<String, JsonObject> stored) {
        List<String> lost = new ArrayList<>();
        for (NodeWriters.Written w : writers.written()) {
            JsonObject product = stored.get(w.productId());
            if (product == null || !w.name().equals(product.getString("name", null))) {
                lost.add("creation of " + w.name() + " (" + w.productId() + ")");
                continue;
            }
            if (w.description() == NodeWriters.Outcome.ACKNOWLEDGED
                    && !NodeWriters.description(w.name()).equals(product.getString("description", null))) {
                lost.add("description of " + w.name() + ": " + product.get("description"));
            }
            if (w.price() == NodeWriters.Outcome.ACKNOWLEDGED
                    && product.getJsonObject("priceData").getJsonNumber("price").longValue() != NodeWriters.PRICE) {
                lost.add("price of " + w.name() + ": " + product.get("priceData"));
            }
        }
        assertThat(writers.written()).as("acknowledged creations").isNotEmpty();
        assertThat(lost).as("acknowledged writes lost").isEmpty();
    }

    private static void assertSequencesHaveNoGaps(Map<String, List<NodesDatabase.Stored>> events) {
        List<String> wrong = new ArrayList<>();
        events.forEach((product, stored) -> {
            List<Long> sequences =
                    stored.stream().map(NodesDatabase.Stored::sequence).toList();
            if (!sequences.equals(oneTo(sequences.size()))) {
                wrong.add(product + ": " + sequences);
            }
        });
        assertThat(wrong)
                .as("products whose stored events are not numbered 1, 2, ...")
                .isEmpty();
    }

    /**
     * The consumer applied every event of the store once, each product's in sequence order; what it ignored as a
     * duplicate is an event published again (one the killed node had claimed, or a retried one) or the one it had
     * applied and not yet acknowledged when it was killed.
     */
    private static void assertTheConsumerAppliedEachEventOnceInOrder(
            List<ExampleConsumer.Line> lines,
            String storeId,
            Map<String, List<NodesDatabase.Stored>> events,
            Set<String> retried,
            List<ExampleConsumer.Line> beforeRestart) {
        List<ExampleConsumer.Line> store =
                lines.stream().filter(l -> l.store().equals(storeId)).toList();
        Map<String, List<Long>> applied = new LinkedHashMap<>();
        Set<String> appliedIds = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (ExampleConsumer.Line line : store) {
            if (line.applied()) {
                applied.computeIfAbsent(line.aggregateId(), p -> new ArrayList<>())
                        .add(line.sequence());
                if (!appliedIds.add(line.eventId())) {
                    twice.add(line.eventId());
                }
            }
        }
        assertThat(twice).as("events the consumer applied twice").isEmpty();
        assertThat(appliedIds).as("events the consumer applied").isEqualTo(ids(events));
        assertInOrder("the consumer", applied, events);
        Set<String> mayComeAgain = new HashSet<>(retried);
        beforeRestart.stream()
                .filter(ExampleConsumer.Line::applied)
                .reduce((first, second) -> second)
                .ifPresent(last -> mayComeAgain.add(last.eventId()));
        List<String> duplicates = store.stream()
                .filter(l -> !l.applied())
                .map(ExampleConsumer.Line::eventId)
                .filter(id -> !mayComeAgain.contains(id))
                .toList();
        assertThat(duplicates)
                .as("events the broker delivered twice that no crash or retry explains")
                .isEmpty();
    }

    /**
     * The webhook receiver got every event of the store, each product's first in sequence order, and more than once
     * only a delivery the killed node was sending or one that was retried.
     */
    private static void assertEachEventWasPostedOnceInOrder(
            List<WebhookReceiver.Received> calls, Map<String, List<NodesDatabase.Stored>> events, Set<String> resent) {
        Map<String, Integer> callsById = new LinkedHashMap<>();
        Map<String, List<Long>> firstArrivals = new LinkedHashMap<>();
        for (WebhookReceiver.Received call : calls) {
            String id = call.header("webhook-id");
            if (callsById.merge(id, 1, Integer::sum) == 1) {
                firstArrivals
                        .computeIfAbsent(call.header("catalog-aggregate-id"), p -> new ArrayList<>())
                        .add(Long.parseLong(call.header("catalog-sequence")));
            }
        }
        assertThat(callsById.keySet()).as("events posted to the webhook").isEqualTo(ids(events));
        assertInOrder("the webhook", firstArrivals, events);
        List<String> unexplained = callsById.entrySet().stream()
                .filter(e -> e.getValue() > 1 && !resent.contains(e.getKey()))
                .map(e -> e.getKey() + " x" + e.getValue())
                .toList();
        assertThat(unexplained)
                .as("events posted twice that no crash or retry explains")
                .isEmpty();
    }

    private static void assertInOrder(
            String who, Map<String, List<Long>> received, Map<String, List<NodesDatabase.Stored>> events) {
        List<String> wrong = new ArrayList<>();
        events.forEach((product, stored) -> {
            List<Long> got = received.getOrDefault(product, List.of());
            if (!got.equals(oneTo(stored.size()))) {
                wrong.add(product + ": " + got);
            }
        });
        assertThat(wrong)
                .as(who + ": products whose events did not first arrive as 1, 2, ...")
                .isEmpty();
    }

    private static Set<String> ids(Map<String, List<NodesDatabase.Stored>> events) {
        Set<String> ids = new HashSet<>();
        events.values().forEach(stored -> stored.forEach(e -> ids.add(e.id())));
        return ids;
    }

    private static List<Long> oneTo(int n) {
        List<Long> sequence = new ArrayList<>();
        for (long s = 1; s <= n; s++) {
            sequence.add(s);
        }
        return sequence;
    }

    private static void report(
            int count,
            NodeWriters writers,
            Duration load,
            int acknowledgedAtKill,
            NodesDatabase.InFlight atKill,
            Settled settled,
            List<ExampleConsumer.Line> beforeConsumerRestart,
            String reads) {
        int[] byNode = new int[count];
        Arrays.setAll(byNode, writers::acknowledgedBy);
        System.out.printf(
                "[nodes] %d nodes, %d writers: %d requests acknowledged in %d ms (by node: %s), %d cut by the kill;"
                        + " node 1 killed after %d; in flight at the kill: %d events claimed, %d webhook deliveries"
                        + " leased; consumer killed after applying %d lines; %d events, all published, delivered and"
                        + " applied %d ms after the load; %s%n",
                count,
                WRITERS,
                writers.acknowledged(),
                load.toMillis(),
                Arrays.toString(byNode),
                writers.cut(),
                acknowledgedAtKill,
                atKill.events().size(),
                atKill.deliveries().size(),
                beforeConsumerRestart.size(),
                settled.events(),
                settled.took().toMillis(),
                reads);
    }
}
