package io.catalog.web.tools.bench;

import com.sun.net.httpserver.HttpServer;
import io.catalog.events.webhook.WebhookService;
import io.catalog.web.support.Api;
import io.catalog.web.support.BulkProducts;
import io.catalog.web.support.ProductBody;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Webhook delivery, in two phases, to a local HTTP receiver subscribed to ProductCreated (standard format), after
 * an unmeasured warm-up as long as the wrk scenarios' (the same writes, delivered and awaited, so that the measured
 * phase does not time the JIT compiling the write and delivery paths).
 * <ol>
 * <li>Live: writers create products in bulk for a while; the receiver records each event's delay from the time it
 * occurred (inside the committing transaction) to its arrival. Reports delivered events per second over the whole
 * phase (first write to last delivery: bounded by how fast the writers produce events), the delay's percentiles, and
 * as errors every created product whose event did not arrive or arrived twice, and every failed write.</li>
 * <li>Backlog: the subscription replays every event of phase 1 at once (the first 10,000, the most one replay takes);
 * reports how fast the worker drains that backlog (deliveries per second from the replay call to the last arrival:
 * the delivery capacity), the arrival times' percentiles after the replay call, and as errors every replayed event
 * that did not arrive.</li>
 * </ol>
 */
final class WebhookLoad {

    private static final int PER_WRITE = 50;

    private final Api admin;
    private final Duration duration;
    private final Duration warmup;
    private final Duration drainLimit;
    private final int writers;
    private final int rate;

    /**
     * @param rate events per second the writers produce together (each bulk write waits for its turn); 0: unpaced
     * @param warmup how long to write (and then wait for the deliveries) before measuring; zero: no warm-up
     */
    WebhookLoad(Api admin, Duration duration, Duration warmup, int rate, Duration drainLimit, int writers) {
        this.admin = admin;
        this.duration = duration;
        this.warmup = warmup;
        this.rate = rate;
        this.drainLimit = drainLimit;
        this.writers = writers;
    }

    /** What the receiver saw. */
    private static final class Receipts {
        final Recorder delays = new Recorder(3);
        final Set<String> productIds = ConcurrentHashMap.newKeySet();
        final Set<String> webhookIds = ConcurrentHashMap.newKeySet();
        final AtomicLong duplicates = new AtomicLong();
        final AtomicLong lastArrival = new AtomicLong();
        final Set<String> replayed = ConcurrentHashMap.newKeySet();
        final Recorder replayArrivals = new Recorder(3);
        final AtomicLong replayStart = new AtomicLong();
        final AtomicLong lastReplayArrival = new AtomicLong();
        volatile long liveStart;

        void receive(String webhookId, JsonObject event, long arrived) {
            long replayFrom = replayStart.get();
            if (replayFrom > 0) {
                if (replayed.add(webhookId)) {
                    replayArrivals.recordValue(Math.max(0, arrived - replayFrom));
                }
                lastReplayArrival.accumulateAndGet(arrived, Math::max);
            } else if (!webhookIds.add(webhookId)) {
                duplicates.incrementAndGet();
            } else {
                productIds.add(event.getJsonObject("data").getString("productId"));
                long occurred = Instant.parse(event.getString("timestamp")).toEpochMilli();
                delays.recordValue(Math.max(0, arrived - occurred));
                lastArrival.accumulateAndGet(arrived, Math::max);
            }
        }
    }

    List<ScenarioResult> run(String scenario, String backlogScenario) throws Exception {
        AtomicReference<Receipts> current = new AtomicReference<>(new Receipts());
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        ExecutorService receiverThreads = Executors.newFixedThreadPool(8);
        receiver.setExecutor(receiverThreads);
        receiver.createContext("/hooks", exchange -> {
            long arrived = System.currentTimeMillis();
            try (InputStream in = exchange.getRequestBody()) {
                JsonObject event;
                try (JsonReader reader = Json.createReader(new StringReader(new String(in.readAllBytes())))) {
                    event = reader.readObject();
                }
                current.get().receive(exchange.getRequestHeaders().getFirst("webhook-id"), event, arrived);
                exchange.sendResponseHeaders(204, -1);
            } catch (IOException | RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        receiver.start();
        String subscriptionId = null;
        try {
            // A subscription left by an interrupted run would get every event too, for a receiver long gone.
            Api.Response existing = admin.get("/stores/v1/webhooks/subscriptions");
            for (JsonObject left : existing.json().getJsonArray("subscriptions").getValuesAs(JsonObject.class)) {
                unsubscribe(left.getString("id"));
            }
            Api.Response subscribed = admin.post("/stores/v1/webhooks/subscriptions", """
                    {"subscription": {"targetUrl": "http://127.0.0.1:%d/hooks", "eventTypes": ["ProductCreated"],
                                      "format": "standard"}}""".formatted(
                            receiver.getAddress().getPort()));
            if (subscribed.status() != 200) {
                throw new IllegalStateException("webhook subscription refused: " + subscribed);
            }
            subscriptionId = subscribed.json().getJsonObject("subscription").getString("id");
            if (!warmup.isZero()) {
                ScenarioResult warm = live(scenario + "-warmup", current.get(), warmup);
                if (warm.errors() > 0) {
                    throw new IllegalStateException("the warm-up lost events: " + warm.note());
                }
                // The backlog phase replays from a second before the measured phase: keep the warm-up out of it.
                Thread.sleep(1500);
                current.set(new Receipts());
            }
            Receipts receipts = current.get();
            ScenarioResult live = live(scenario, receipts, duration);
            // One replay redelivers at most MAX_REPLAY events: a longer live phase replays only its first ones.
            ScenarioResult backlog = backlog(backlogScenario, receipts, subscriptionId, (int)
                    Math.min(live.requests(), WebhookService.MAX_REPLAY));
            return List.of(live, backlog);
        } finally {
            if (subscriptionId != null) {
                unsubscribe(subscriptionId);
            }
            receiver.stop(0);
            receiverThreads.shutdownNow();
        }
    }

    private void unsubscribe(String subscriptionId) {
        Api.Response deleted = admin.delete("/stores/v1/webhooks/subscriptions/" + subscriptionId);
        if (deleted.status() != 200 && deleted.status() != 404) {
            throw new IllegalStateException(
                    "the webhook subscription " + subscriptionId + " could not be deleted: " + deleted);
        }
    }

    private ScenarioResult live(String scenario, Receipts receipts, Duration duration) throws Exception {
        Set<String> created = ConcurrentHashMap.newKeySet();
        AtomicLong failedWrites = new AtomicLong();
        AtomicLong writes = new AtomicLong();
        long start = System.currentTimeMillis();
        receipts.liveStart = start;
        long end = start + duration.toMillis();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            work.add(pool.submit(() -> {
                for (int call = 0; System.currentTimeMillis() < end; call++) {
                    if (rate > 0) {
                        // Write number call * writers + writer is due when that many writes' events were due.
                        long due = start + (long) (call * writers + writer) * PER_WRITE * 1000L / rate;
                        long wait = due - System.currentTimeMillis();
                        if (wait > 0) {
                            Thread.sleep(wait);
                        }
                        if (System.currentTimeMillis() >= end) {
                            break;
                        }
                    }
                    int first = call * PER_WRITE;
                    String body = BulkProducts.of(
                                    PER_WRITE,
                                    i -> ProductBody.named("Event %d-%d-%d".formatted(start, writer, first + i))
                                            .price("9.99"))
                            .json();
                    Api.Response response = admin.post("/stores/v1/bulk/products", body);
                    writes.incrementAndGet();
                    if (response.status() != 200) {
                        failedWrites.incrementAndGet();
                        continue;
                    }
                    response.json()
                            .getJsonArray("results")
                            .getValuesAs(JsonObject.class)
                            .forEach(r -> {
                                JsonObject item = r.getJsonObject("itemMetadata");
                                if (item.getBoolean("success")) {
                                    created.add(item.getString("id"));
                                } else {
                                    failedWrites.incrementAndGet();
                                }
                            });
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        long deadline = System.currentTimeMillis() + drainLimit.toMillis();
        while (!receipts.productIds.containsAll(created) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        long missing =
                created.stream().filter(id -> !receipts.productIds.contains(id)).count();
        long delivered = created.size() - missing;
        double seconds = Math.max(1, receipts.lastArrival.get() - start) / 1000.0;
        Histogram delays = receipts.delays.getIntervalHistogram();
        return new ScenarioResult(
                scenario,
                0,
                delivered,
                delivered / seconds,
                delays.getValueAtPercentile(50),
                delays.getValueAtPercentile(90),
                delays.getValueAtPercentile(99),
                missing + receipts.duplicates.get() + failedWrites.get(),
                delivered / seconds,
                Double.NaN,
                -1,
                ("%d events from %d bulk writes of %d in %.0f s on %d writers (%s); latency = event time to arrival; "
                                + "%d missing, %d duplicates")
                        .formatted(
                                created.size(),
                                writes.get(),
                                PER_WRITE,
                                duration.toMillis() / 1000.0,
                                writers,
                                rate > 0 ? "paced at " + rate + " events/s" : "unpaced",
                                missing,
                                receipts.duplicates.get()));
    }

    private ScenarioResult backlog(String scenario, Receipts receipts, String subscriptionId, int expected)
            throws InterruptedException {
        long since = receipts.liveStart - 1000;
        receipts.replayStart.set(System.currentTimeMillis());
        Api.Response replay = admin.post(
                "/stores/v1/webhooks/subscriptions/" + subscriptionId + "/replay",
                "{\"since\": \"" + Instant.ofEpochMilli(since) + "\"}");
        if (replay.status() != 200) {
            throw new IllegalStateException("replay refused: " + replay);
        }
        int queued = replay.json().getInt("replayed");
        long deadline = System.currentTimeMillis() + drainLimit.toMillis();
        while (receipts.replayed.size() < queued && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        int arrived = receipts.replayed.size();
        double seconds = Math.max(1, receipts.lastReplayArrival.get() - receipts.replayStart.get()) / 1000.0;
        Histogram arrivals = receipts.replayArrivals.getIntervalHistogram();
        return new ScenarioResult(
                scenario,
                0,
                arrived,
                arrived / seconds,
                arrivals.getValueAtPercentile(50),
                arrivals.getValueAtPercentile(90),
                arrivals.getValueAtPercentile(99),
                Math.max(0, queued - arrived) + (queued < expected ? expected - queued : 0),
                arrived / seconds,
                Double.NaN,
                -1,
                "%d events replayed at once, %d arrived in %.1f s; latency = replay call to arrival"
                        .formatted(queued, arrived, seconds));
    }
}
