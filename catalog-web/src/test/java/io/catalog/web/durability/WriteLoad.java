package io.catalog.web.durability;

import io.catalog.web.support.Api;
import io.catalog.web.support.ProductBody;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent writers, each creating a product and then PATCHing its description once to a value of its own, over and
 * over, until the server goes away under them. It records what the server acknowledged (2xx) and what it answered
 * nothing to: a request cut by the crash may or may not have committed; one refused before a connection was made
 * never reached the server.
 */
final class WriteLoad {

    /** What became of a request. */
    enum Outcome {
        /** Answered 2xx. */
        ACKNOWLEDGED,
        /** Sent, and the connection broke before an answer: it may or may not have committed. */
        UNKNOWN,
        /** Answered with something else than 2xx (see {@link #refused()}). */
        REFUSED,
        /** Never sent (the writer stopped first, or no connection could be made). */
        NOT_SENT
    }

    /** A product whose creation was acknowledged, with the description its one PATCH sets and that PATCH's outcome. */
    record Written(String productId, String name, String patchedDescription, Outcome patch) {}

    /** A request the server answered with something else than 2xx. */
    record Refused(String request, int status, String body) {}

    private final Api store;
    private final int writers;
    private final List<Written> written = new ArrayList<>();
    private final ConcurrentLinkedQueue<Refused> refused = new ConcurrentLinkedQueue<>();
    private final AtomicInteger unknownCreates = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger acknowledgedPatches = new AtomicInteger();
    private final CountDownLatch ended;
    private volatile boolean stopping;

    WriteLoad(Api store, int writers) {
        this.store = store;
        this.writers = writers;
        this.ended = new CountDownLatch(writers);
    }

    void start() {
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread thread = new Thread(
                    () -> {
                        try {
                            write(writer);
                        } finally {
                            ended.countDown();
                        }
                    },
                    "crash-writer-" + w);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Requests sent and not answered yet. */
    int inFlight() {
        return inFlight.get();
    }

    /** PATCHes acknowledged so far. */
    int acknowledgedPatches() {
        return acknowledgedPatches.get();
    }

    /** Waits for every writer to end (each ends when its server is gone); asks them to stop after {@code patience}. */
    void awaitEnd(Duration patience) throws InterruptedException {
        if (!ended.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            stopping = true;
            if (!ended.await(90, TimeUnit.SECONDS)) {
                throw new IllegalStateException("writers still running");
            }
        }
    }

    synchronized List<Written> written() {
        return List.copyOf(written);
    }

    List<Refused> refused() {
        return List.copyOf(refused);
    }

    /** The description a writer's PATCH gives the product it named {@code name}: "crash w3 #17" gets "patch w3 #17". */
    static String patchedDescription(String name) {
        return "patch" + name.substring("crash".length());
    }

    /** Creates sent whose answer never came. */
    int unknownCreates() {
        return unknownCreates.get();
    }

    private void write(int writer) {
        for (int i = 0; !stopping; i++) {
            String name = "crash w" + writer + " #" + i;
            Sent create = send(
                    "POST",
                    "/stores/v1/products",
                    ProductBody.named(name).price(4).json());
            if (create.outcome() != Outcome.ACKNOWLEDGED) {
                if (create.outcome() == Outcome.UNKNOWN) {
                    unknownCreates.incrementAndGet();
                }
                return;
            }
            String id = create.response().json().getJsonObject("product").getString("id");
            String description = patchedDescription(name);
            Sent patch = stopping
                    ? new Sent(Outcome.NOT_SENT, null)
                    : send(
                            "PATCH",
                            "/stores/v1/products/" + id,
                            ProductBody.changes().description(description).json());
            record(new Written(id, name, description, patch.outcome()));
            if (patch.outcome() != Outcome.ACKNOWLEDGED) {
                return;
            }
            acknowledgedPatches.incrementAndGet();
        }
    }

    private synchronized void record(Written product) {
        written.add(product);
    }

    private record Sent(Outcome outcome, Api.Response response) {}

    private Sent send(String method, String path, String body) {
        inFlight.incrementAndGet();
        try {
            Api.Response response = store.send(method, path, body);
            if (response.status() / 100 != 2) {
                refused.add(new Refused(method + " " + path, response.status(), response.body()));
                return new Sent(Outcome.REFUSED, response);
            }
            return new Sent(Outcome.ACKNOWLEDGED, response);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof ConnectException) {
                return new Sent(Outcome.NOT_SENT, null);
            }
            if (e.getCause() instanceof IOException) {
                return new Sent(Outcome.UNKNOWN, null);
            }
            throw e;
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
