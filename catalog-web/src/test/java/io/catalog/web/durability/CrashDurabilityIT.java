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
 * more change after it, carry the sequence 1, 2, ... without a gap and without a number given to two events.
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
        try (WebhookReceiver receiver = new WebhookReceiver();
                CrashServer server = new CrashServer(
                        Path.of(System.getProperty("catalog.it.wlp", "target/liberty/wlp")),
                        System.getProperty("catalog.it.crash.server"),
                        Integer.parseInt(System.getProperty("catalog.it.crash.http.port")),
                        crashDir.resolve("logs"))) {
            server.start(SERVER_START);
            Api store = Api.at(server.base()).withToken(token(tokens, storeId));
            warmUp(Api.at(server.base()).withToken(token(tokens, "crash-warm-up-" + UUID.randomUUID())));
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

            server.start(SERVER_START);
            try {
                checkAfterTheRestart(store, subscription, receiver, load, pid, inFlightAtKill, announcedBeforeRestart);
            } catch (Exception | AssertionError e) {
                e.addSuppressed(new AssertionError("the restarted server's threads: " + server.dumpThreads()));
                throw e;
            }
        }
    }

    private static void checkAfterTheRestart(
            Api store,
            String subscription,
            WebhookReceiver receiver,
            WriteLoad load,
            long pid,
            int inFlightAtKill,
            List<Event> announcedBeforeRestart)
            throws Exception {
        Map<String, JsonObject> stored = allProducts(store);
        List<WriteLoad.Written> written = load.written();
        report(pid, inFlightAtKill, load, written, announcedBeforeRestart, stored);

        assertTheLoadRan(load, written);
        assertAcknowledgedWritesSurvived(written, stored);
        assertEventsAnnouncedBeforeTheCrashAreStored(store, subscription, announcedBeforeRestart, stored);

        Map<String, Long> lastSequence = changeEachProductAgain(store, stored);
        List<Event> all = awaitDeliveries(receiver, lastSequence);
        assertEveryEventAnnouncesStoredData(all, stored);
        assertSequencesHaveNoGaps(all, lastSequence);
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
            Api store, String subscription, List<Event> announced, Map<String, JsonObject> stored) {
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
                .as("events delivered before the crash and missing from the database, of " + announced.size())
                .isEmpty();
        assertEveryEventAnnouncesStoredData(announced, stored);
    }

    /** What each event announced is in the database: the product it created, the description its change set. */
    private static void assertEveryEventAnnouncesStoredData(List<Event> events, Map<String, JsonObject> stored) {
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
                .as("delivered events announcing what the database does not hold")
                .isEmpty();
    }

    private static void assertSequencesHaveNoGaps(List<Event> events, Map<String, Long> lastSequence) {
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
                .as("products whose delivered events are not numbered 1, 2, ... one each")
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

    private static void deleteTree(Path root) throws IOException {
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
    private static List<Event> awaitDeliveries(WebhookReceiver receiver, Map<String, Long> lastSequence)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(DELIVERIES);
        while (true) {
            List<Event> events = events(receiver);
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
                throw new AssertionError("after " + DELIVERIES + " the last event of " + waiting.size()
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
            Map<String, JsonObject> stored) {
        System.out.printf(
                "[crash %s] killed pid %d with %d requests in flight; acknowledged: %d creates, %d PATCHes;"
                        + " cut by the kill: %d creates, %d PATCHes; %d events delivered before the restart;"
                        + " %d products stored after it%n",
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

    private static Event event(String id, WebhookReceiver.Received call) {
        try (JsonReader reader = Json.createReader(new StringReader(call.body()))) {
            JsonObject body = reader.readObject();
            JsonObject data = body.getJsonObject("data");
            List<String> changed = data.containsKey("changedFields")
                    ? data.getJsonArray("changedFields").getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString)
                            .toList()
                    : List.of();
            return new Event(
                    id,
                    body.getString("type"),
                    call.header("catalog-aggregate-id"),
                    Long.parseLong(call.header("catalog-sequence")),
                    changed);
        }
    }
}
