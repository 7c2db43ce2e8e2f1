package io.catalog.web.durability;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.DatabaseAvailable;
import io.catalog.web.support.ProductBody;
import io.catalog.web.support.TokenIssuer;
import io.catalog.web.webhooks.WebhookReceiver;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A write answered 2xx survives a crash of the server's process, and no event announces a change that did not. A real
 * server of the build's runtime, on the database of the run (H2 or PostgreSQL), with a webhook subscription to a real
 * receiver in this JVM: eight writers create products and PATCH each once; after a few seconds the server's JVM is
 * killed with SIGKILL while requests are in flight, then started again on the same data. Then every acknowledged
 * create is readable and every acknowledged PATCH is there; every event delivered before the crash is still in the
 * database and so is what it announced; and each product's events, delivered across the restart and followed by one
 * more change after it, carry the sequence 1, 2, ... without a gap and without a number given to two events. The same
 * holds for the events a durable subscriber of the JMS topic received (the crash probe, an MDB in the server that writes
 * each message to a file before acknowledging it): the messaging engine's store survives the kill as the database
 * does, and no message announces what the database lost.
 */
@ExtendWith(DatabaseAvailable.class)
class CrashDurabilityIT {

    private static final int WRITERS = 8;
    /** The writers run this long before the kill, and on until they have had some PATCHes acknowledged. */
    private static final Duration LOAD = Duration.ofSeconds(8);

    private static final int ACKNOWLEDGED_PATCHES = 2 * WRITERS;
    private static final Duration LOAD_AT_MOST = Duration.ofSeconds(120);
    private static final Duration SERVER_START = Duration.ofSeconds(240);
    /** Deliveries claimed when the server died stay leased for the request timeout (2 s) plus 30 s. */
    private static final Duration DELIVERIES = Duration.ofSeconds(150);

    private static final String HOOK = "/hooks/crash";

    @Test
    void acknowledgedWritesAndAnnouncedEventsSurviveASigkillOfTheServer() throws Exception {
        startFromAnEmptyDatabase();
        Path crashDir = Path.of(System.getProperty("catalog.it.crash.dir", "target/it-crash"));
        TokenIssuer tokens = TokenIssuer.inFolder(Path.of(System.getProperty("catalog.it.jwt.dir", "target/it-jwt")));
        String storeId = "crash-" + UUID.randomUUID();
        Path wlp = Path.of(System.getProperty("catalog.it.wlp", "target/liberty/wlp"));
        String serverName = System.getProperty("catalog.it.crash.server");
        ProbeInstallation probe = ProbeInstallation.install(wlp, serverName);
        try (WebhookReceiver receiver = new WebhookReceiver();
                CrashServer server = new CrashServer(
                        wlp,
                        serverName,
                        Integer.parseInt(System.getProperty("catalog.it.crash.http.port")),
                        crashDir.resolve("logs"))) {
            server.start(SERVER_START);
            Api store = Api.at(server.base()).withToken(token(tokens, storeId));
            String warmUpStore = "crash-warm-up-" + UUID.randomUUID();
            warmUp(Api.at(server.base()).withToken(token(tokens, warmUpStore)));
            awaitTheProbesSubscription(probe, warmUpStore);
            String subscription = subscribe(store, receiver.url(HOOK));

            WriteLoad load = new WriteLoad(store, WRITERS);
            load.start();
            awaitLoad(load);
            int inFlightAtKill = load.inFlight();
            long pid = server.pid();
            server.kill();
            keepTheDataAsTheKillLeftIt(crashDir);
            load.awaitEnd(Duration.ofSeconds(60));
            List<Event> announcedBeforeRestart = events(receiver);
            List<Event> sentToJmsBeforeRestart = events(probe, storeId);

            server.start(SERVER_START);
            try {
                checkAfterTheRestart(
                        store,
                        subscription,
                        () -> events(receiver),
                        () -> events(probe, storeId),
                        load,
                        pid,
                        inFlightAtKill,
                        announcedBeforeRestart,
                        sentToJmsBeforeRestart);
            } catch (Exception | AssertionError e) {
                e.addSuppressed(new AssertionError("the restarted server's threads: " + server.dumpThreads()));
                throw e;
            }
        }
    }

    private static void checkAfterTheRestart(
            Api store,
            String subscription,
            EventSource webhooks,
            EventSource jms,
            WriteLoad load,
            long pid,
            int inFlightAtKill,
            List<Event> announcedBeforeRestart,
            List<Event> sentToJmsBeforeRestart)
            throws Exception {
        Map<String, JsonObject> stored = allProducts(store);
        List<WriteLoad.Written> written = load.written();
        report(pid, inFlightAtKill, load, written, announcedBeforeRestart, sentToJmsBeforeRestart, stored);

        assertTheLoadRan(load, written);
        assertAcknowledgedWritesSurvived(written, stored);
        assertEventsAnnouncedBeforeTheCrashAreStored(store, subscription, "webhooks", announcedBeforeRestart, stored);
        assertEventsAnnouncedBeforeTheCrashAreStored(store, subscription, "JMS", sentToJmsBeforeRestart, stored);

        Map<String, Long> lastSequence = changeEachProductAgain(store, stored);
        for (Map.Entry<String, EventSource> source :
                Map.of("webhooks", webhooks, "JMS", jms).entrySet()) {
            List<Event> all = awaitDeliveries(source.getKey(), source.getValue(), lastSequence);
            assertEveryEventAnnouncesStoredData(source.getKey(), all, stored);
            assertSequencesHaveNoGaps(source.getKey(), all, lastSequence);
        }
    }

    /** The distinct events of the store one way of announcing them has received so far. */
    @FunctionalInterface
    private interface EventSource {
        List<Event> events() throws IOException;
    }

    // --- the checks ----------------------------------------------------------------------------------------------

    private static void assertTheLoadRan(WriteLoad load, List<WriteLoad.Written> written) {
        assertThat(load.refused()).as("writes refused before the crash").isEmpty();
        assertThat(written).as("acknowledged creates").hasSizeGreaterThanOrEqualTo(WRITERS);
        assertThat(written.stream().filter(w -> w.patch() == WriteLoad.Outcome.ACKNOWLEDGED))
                .as("acknowledged PATCHes")
                .hasSizeGreaterThanOrEqualTo(WRITERS);
        long cut = load.unknownCreates()
                + written.stream()
                        .filter(w -> w.patch() == WriteLoad.Outcome.UNKNOWN)
                        .count();
        assertThat(cut)
                .as("requests cut by the kill (in flight when the server died)")
                .isPositive();
    }

    private static void assertAcknowledgedWritesSurvived(
            List<WriteLoad.Written> written, Map<String, JsonObject> stored) {
        List<String> lostCreates = new ArrayList<>();
        List<String> lostPatches = new ArrayList<>();
        for (WriteLoad.Written w : written) {
            JsonObject product = stored.get(w.productId());
            if (product == null || !w.name().equals(product.getString("name", null))) {
                lostCreates.add(w.name() + " (" + w.productId() + ")");
            } else if (w.patch() == WriteLoad.Outcome.ACKNOWLEDGED
                    && !w.patchedDescription().equals(product.getString("description", null))) {
                lostPatches.add(w.name() + ": description " + product.get("description"));
            }
        }
        assertThat(lostCreates)
                .as("acknowledged creates lost, of " + written.size())
                .isEmpty();
        assertThat(lostPatches).as("acknowledged PATCHes lost").isEmpty();
    }

    /**
     * Every event delivered before the server died is still in the database: asked to deliver it again by its id, the
     * server finds it (a lost one answers 404 EVENT_NOT_FOUND).
     */
    private static void assertEventsAnnouncedBeforeTheCrashAreStored(
            Api store, String subscription, String how, List<Event> announced, Map<String, JsonObject> stored) {
        List<String> missing = new ArrayList<>();
        for (Event event : announced) {
            Api.Response replay = store.post(
                    "/stores/v1/webhooks/subscriptions/" + subscription + "/replay",
                    "{\"eventId\": \"" + event.id() + "\"}");
            if (replay.status() != 200) {
                missing.add(event + ": " + replay);
            }
        }
        assertThat(missing)
                .as(how + ": events delivered before the crash and missing from the database, of " + announced.size())
                .isEmpty();
        assertEveryEventAnnouncesStoredData(how, announced, stored);
    }

    /** What each event announced is in the database: the product it created, the description its change set. */
    private static void assertEveryEventAnnouncesStoredData(
            String how, List<Event> events, Map<String, JsonObject> stored) {
        List<String> unstored = new ArrayList<>();
        for (Event event : events) {
            JsonObject product = stored.get(event.productId());
            if (product == null) {
                unstored.add(event + ": no such product");
            } else if (event.changed("description")
                    && !WriteLoad.patchedDescription(product.getString("name"))
                            .equals(product.getString("description", null))) {
                unstored.add(event + ": description " + product.get("description"));
            }
        }
        assertThat(unstored)
                .as(how + ": delivered events announcing what the database does not hold")
                .isEmpty();
    }

    private static void assertSequencesHaveNoGaps(String how, List<Event> events, Map<String, Long> lastSequence) {
        Map<String, Map<Long, Set<String>>> byProduct = new HashMap<>();
        events.forEach(e -> byProduct
                .computeIfAbsent(e.productId(), p -> new TreeMap<>())
                .computeIfAbsent(e.sequence(), s -> new TreeSet<>())
                .add(e.id()));
        List<String> wrong = new ArrayList<>();
        lastSequence.forEach((productId, last) -> {
            Map<Long, Set<String>> sequences = byProduct.getOrDefault(productId, Map.of());
            List<Long> expected = LongStream.rangeClosed(1, last).boxed().toList();
            boolean oneEventEach = sequences.values().stream().allMatch(ids -> ids.size() == 1);
            if (!List.copyOf(sequences.keySet()).equals(expected) || !oneEventEach) {
                wrong.add(productId + ": expected one event for each of " + expected + ", got " + sequences);
            }
        });
        assertThat(wrong)
                .as(how + ": products whose delivered events are not numbered 1, 2, ... one each")
                .isEmpty();
    }

    // --- the steps -----------------------------------------------------------------------------------------------

    private static void startFromAnEmptyDatabase() throws IOException, SQLException {
        if ("postgresql".equals(System.getProperty("catalog.it.database"))) {
            try (Connection connection = DriverManager.getConnection(
                            System.getProperty("catalog.it.crash.postgresql.url"), "postgres", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS \"" + System.getProperty("catalog.it.crash.postgresql.schema")
                        + "\" CASCADE");
            }
        }
        deleteTree(Path.of(System.getProperty("catalog.it.crash.data.dir")));
    }

    private static String token(TokenIssuer tokens, String storeId) {
        return tokens.token(storeId, List.of(CatalogIT.READ, CatalogIT.MODIFY), Duration.ofHours(1));
    }

    /**
     * One create and PATCH in a store of its own, so that the server's first-use work (the persistence unit, the
     * JIT) is behind it when the writers start.
     */
    private static void warmUp(Api other) {
        Api.Response created = other.post(
                "/stores/v1/products", ProductBody.named("warm-up").price(4).json());
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        Api.Response patched = other.patch(
                "/stores/v1/products/" + created.json().getJsonObject("product").getString("id"),
                ProductBody.changes().description("warm").json());
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    }

    /** Lets the writers run {@link #LOAD}, and on until {@link #ACKNOWLEDGED_PATCHES} (a loaded machine is slow). */
    private static void awaitLoad(WriteLoad load) throws InterruptedException {
        Instant start = Instant.now();
        Thread.sleep(LOAD.toMillis());
        while (load.acknowledgedPatches() < ACKNOWLEDGED_PATCHES
                && Instant.now().isBefore(start.plus(LOAD_AT_MOST))) {
            Thread.sleep(200);
        }
    }

    /**
     * Copies the server's data folder (the H2 file; the messaging engine's store is elsewhere) to {@code at-kill/}
     * before the restart opens and recovers it, for whoever has to find out what a failed run lost and why.
     */
    private static void keepTheDataAsTheKillLeftIt(Path crashDir) throws IOException {
        Path data = Path.of(System.getProperty("catalog.it.crash.data.dir"));
        Path copy = crashDir.resolve("at-kill").resolve(data.getFileName());
        deleteTree(copy);
        if (!Files.exists(data)) {
            return;
        }
        Files.createDirectories(copy.getParent());
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(data.relativize(file).toString()));
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Subscribes the receiver to every event of the store; answers the subscription's id. */
    private static String subscribe(Api store, String url) {
        Api.Response response = store.post(
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

    /** Every product of the store, by id, as the restarted server reads them from the database. */
    private static Map<String, JsonObject> allProducts(Api store) {
        Map<String, JsonObject> products = new LinkedHashMap<>();
        for (int offset = 0; ; offset += 100) {
            Api.Response page = store.post(
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
     * Renames every stored product once more after the restart, eight at a time; answers the sequence each product's
     * last event must carry: its creation, its PATCH if that is stored, and this change.
     */
    private static Map<String, Long> changeEachProductAgain(Api store, Map<String, JsonObject> stored)
            throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (JsonObject product : stored.values()) {
                answers.add(writers.submit(() -> store.patch(
                        "/stores/v1/products/" + product.getString("id"),
                        ProductBody.changes()
                                .name(product.getString("name") + " again")
                                .json())));
            }
            for (Future<Api.Response> answer : answers) {
                assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(200);
            }
        } finally {
            writers.shutdown();
        }
        Map<String, Long> last = new HashMap<>();
        stored.values()
                .forEach(p -> last.put(
                        p.getString("id"),
                        p.containsKey("description")
                                        && !p.getString("description").isEmpty()
                                ? 3L
                                : 2L));
        return last;
    }

    /** Waits until each product's last event has arrived (one product's events are delivered in order). */
    private static List<Event> awaitDeliveries(String how, EventSource source, Map<String, Long> lastSequence)
            throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(DELIVERIES);
        while (true) {
            List<Event> events = source.events();
            Set<String> arrived = events.stream()
                    .filter(e -> e.sequence() == lastSequence.getOrDefault(e.productId(), -1L))
                    .map(Event::productId)
                    .collect(Collectors.toSet());
            if (arrived.containsAll(lastSequence.keySet())) {
                return events;
            }
            if (Instant.now().isAfter(deadline)) {
                Map<String, Long> waiting = new TreeMap<>(lastSequence);
                waiting.keySet().removeAll(arrived);
                throw new AssertionError(how + ": after " + DELIVERIES + " the last event of " + waiting.size()
                        + " products has not arrived (product=sequence): " + waiting);
            }
            Thread.sleep(500);
        }
    }

    private static void report(
            long pid,
            int inFlight,
            WriteLoad load,
            List<WriteLoad.Written> written,
            List<Event> announced,
            List<Event> sentToJms,
            Map<String, JsonObject> stored) {
        System.out.printf(
                "[crash %s] killed pid %d with %d requests in flight; acknowledged: %d creates, %d PATCHes;"
                        + " cut by the kill: %d creates, %d PATCHes; before the restart %d events delivered to"
                        + " webhooks and %d received from JMS; %d products stored after it%n",
                System.getProperty("catalog.it.database"),
                pid,
                inFlight,
                written.size(),
                written.stream()
                        .filter(w -> w.patch() == WriteLoad.Outcome.ACKNOWLEDGED)
                        .count(),
                load.unknownCreates(),
                written.stream()
                        .filter(w -> w.patch() == WriteLoad.Outcome.UNKNOWN)
                        .count(),
                announced.size(),
                sentToJms.size(),
                stored.size());
    }

    // --- events as the receiver got them ---------------------------------------------------------------------------

    /** A delivered event: its id ({@code webhook-id}), type, product, sequence and the fields a change changed. */
    private record Event(String id, String type, String productId, long sequence, List<String> changedFields) {

        boolean changed(String field) {
            return changedFields.contains(field);
        }

        @Override
        public String toString() {
            return type + " #" + sequence + " of " + productId + " " + changedFields + " (" + id + ")";
        }
    }

    /** The distinct events received so far (a redelivery repeats an event's id), in the order they first came. */
    private static List<Event> events(WebhookReceiver receiver) {
        Map<String, Event> events = new LinkedHashMap<>();
        for (WebhookReceiver.Received call : receiver.received(HOOK)) {
            events.computeIfAbsent(call.header("webhook-id"), id -> event(id, call));
        }
        return List.copyOf(events.values());
    }

    /** The distinct events of {@code storeId} the crash probe received from the JMS topic, in the order they came. */
    private static List<Event> events(ProbeInstallation probe, String storeId) throws IOException {
        Map<String, Event> events = new LinkedHashMap<>();
        for (JsonObject envelope : probe.received()) {
            if (storeId.equals(envelope.getString("store"))) {
                events.computeIfAbsent(envelope.getString("eventId"), id -> event(envelope));
            }
        }
        return List.copyOf(events.values());
    }

    private static Event event(JsonObject envelope) {
        return new Event(
                envelope.getString("eventId"),
                envelope.getString("eventType"),
                envelope.getString("aggregateId"),
                envelope.getJsonNumber("sequence").longValue(),
                changedFields(envelope.getJsonObject("data")));
    }

    private static List<String> changedFields(JsonObject data) {
        return data.containsKey("changedFields")
                ? data.getJsonArray("changedFields").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList()
                : List.of();
    }

    /**
     * Waits until the crash probe received the warm-up's change: its durable subscription exists, so it gets every
     * event of the test from then on.
     */
    private static void awaitTheProbesSubscription(ProbeInstallation probe, String warmUpStore)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(SERVER_START);
        while (events(probe, warmUpStore).stream().noneMatch(e -> e.sequence() == 2)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the crash probe received no event of the warm-up after " + SERVER_START);
            }
            Thread.sleep(200);
        }
    }

    private static Event event(String id, WebhookReceiver.Received call) {
        try (JsonReader reader = Json.createReader(new StringReader(call.body()))) {
            JsonObject body = reader.readObject();
            List<String> changed = changedFields(body.getJsonObject("data"));
            return new Event(
                    id,
                    body.getString("type"),
                    call.header("catalog-aggregate-id"),
                    Long.parseLong(call.header("catalog-sequence")),
                    changed);
        }
    }
}
