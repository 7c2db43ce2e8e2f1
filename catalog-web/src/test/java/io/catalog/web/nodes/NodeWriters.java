package io.catalog.web.nodes;

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
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Writers spread over the nodes, as a load balancer would spread them: writer {@code w} starts on node {@code w % n}
 * and moves to the next node when its node stops answering. Each creates a product, PATCHes its description, then its
 * price, over and over, until the load's budget of requests is spent. It records what each node acknowledged (2xx) and
 * what was cut: a request whose connection broke may or may not have committed.
 */
final class NodeWriters {

    /** What became of a request. */
    enum Outcome {
        ACKNOWLEDGED,
        /** Sent, and no answer came: it may or may not have committed. */
        UNKNOWN,
        /** Answered with something else than 2xx. */
        REFUSED,
        /** Not sent (the budget was spent, or the writer's node had died). */
        NOT_SENT
    }

    /** A product whose creation was acknowledged, with its two changes' outcomes. */
    record Written(String productId, String name, int node, Outcome description, Outcome price) {}

    /** The description a writer's PATCH gives the product it named {@code name}. */
    static String description(String name) {
        return "described " + name;
    }

    /** The price its second PATCH sets. */
    static final long PRICE = 7;

    private final List<Api> nodes;
    private final int writers;
    private final AtomicInteger budget;
    private final AtomicIntegerArray acknowledgedBy;
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger cut = new AtomicInteger();
    private final List<Written> written = new ArrayList<>();
    private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
    private final CountDownLatch ended;

    NodeWriters(List<Api> nodes, int writers, int requests) {
        this.nodes = nodes;
        this.writers = writers;
        this.budget = new AtomicInteger(requests);
        this.acknowledgedBy = new AtomicIntegerArray(nodes.size());
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
                    "node-writer-" + w);
            thread.setDaemon(true);
            thread.start();
        }
    }

    void awaitEnd(Duration patience) throws InterruptedException {
        if (!ended.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            budget.set(0);
            if (!ended.await(90, TimeUnit.SECONDS)) {
                throw new IllegalStateException("writers still running");
            }
        }
    }

    /** Requests acknowledged so far, by every node. */
    int acknowledged() {
        return acknowledged.get();
    }

    /** Requests acknowledged by node {@code index}. */
    int acknowledgedBy(int index) {
        return acknowledgedBy.get(index);
    }

    /** Requests sent whose answer never came. */
    int cut() {
        return cut.get();
    }

    synchronized List<Written> written() {
        return List.copyOf(written);
    }

    List<String> refused() {
        return List.copyOf(refused);
    }

    private void write(int writer) {
        int node = writer % nodes.size();
        for (int i = 0; budget.get() > 0; i++) {
            String name = "node w" + writer + " #" + i;
            Sent create = send(
                    node,
                    "POST",
                    "/stores/v1/products",
                    ProductBody.named(name).price(4).json());
            if (create.outcome() != Outcome.ACKNOWLEDGED) {
                if (create.outcome() == Outcome.REFUSED) {
                    return;
                }
                node = (node + 1) % nodes.size();
                continue;
            }
            String id = create.response().json().getJsonObject("product").getString("id");
            Sent described = send(
                    node,
                    "PATCH",
                    "/stores/v1/products/" + id,
                    ProductBody.changes().description(description(name)).json());
            Sent priced = described.outcome() == Outcome.ACKNOWLEDGED
                    ? send(
                            node,
                            "PATCH",
                            "/stores/v1/products/" + id,
                            ProductBody.changes().price(PRICE).json())
                    : new Sent(Outcome.NOT_SENT, null);
            record(new Written(id, name, node, described.outcome(), priced.outcome()));
            if (described.outcome() == Outcome.REFUSED || priced.outcome() == Outcome.REFUSED) {
                return;
            }
            if (described.outcome() != Outcome.ACKNOWLEDGED || priced.outcome() != Outcome.ACKNOWLEDGED) {
                node = (node + 1) % nodes.size();
            }
        }
    }

    private synchronized void record(Written product) {
        written.add(product);
    }

    private record Sent(Outcome outcome, Api.Response response) {}

    private Sent send(int node, String method, String path, String body) {
        if (budget.getAndDecrement() <= 0) {
            return new Sent(Outcome.NOT_SENT, null);
        }
        try {
            Api.Response response = nodes.get(node).send(method, path, body);
            if (response.status() / 100 != 2) {
                refused.add(method + " " + path + " on node " + (node + 1) + ": " + response.status() + " "
                        + response.body());
                return new Sent(Outcome.REFUSED, response);
            }
            acknowledged.incrementAndGet();
            acknowledgedBy.incrementAndGet(node);
            return new Sent(Outcome.ACKNOWLEDGED, response);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof ConnectException) {
                return new Sent(Outcome.NOT_SENT, null);
            }
            if (e.getCause() instanceof IOException) {
                cut.incrementAndGet();
                return new Sent(Outcome.UNKNOWN, null);
            }
            throw e;
        }
    }
}
