package io.catalog.events.webhook;

import io.catalog.events.webhook.subscription.Subscription;
import io.catalog.persistence.outbox.OutboxEvent;
import java.net.InetAddress;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import javax.net.ssl.SSLContext;

/**
 * Sends one attempt of a delivery: an HTTP POST of the subscription's format, with short timeouts, no redirects
 * followed. Both formats carry {@code webhook-id} (the event id, the same on every retry), {@code webhook-timestamp}
 * and the event's place in its aggregate's stream ({@code catalog-aggregate-id}, {@code catalog-sequence}); the
 * {@code standard} format adds {@code webhook-signature}.
 *
 * <p>Each attempt resolves the target's host anew and checks every address it resolves to ({@link CheckedAddresses}, the
 * HTTP client's only resolver): the address connected to is always one just checked. A pooled connection made to a
 * checked address may serve later attempts to the same target, for at most a minute.
 */
public final class WebhookSender implements AutoCloseable {

    private final Executor executor;
    private final TargetClient client;
    private final SigningKeys keys;
    private final AttemptFailures failures;

    /** What an attempt came to: the answer's status and {@code Retry-After}, or the error when none came. */
    public record Outcome(Integer statusCode, String retryAfter, String error) {

        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /**
     * @param executor            starts the attempts (each holds its thread only while its host is looked up)
     * @param timer               ends attempts that run out of time
     * @param maxInFlight         attempts that may be in flight at once: the size of the connection pool
     * @param allowPrivateTargets whether targets may resolve to local addresses (checked again at each attempt)
     * @param threads             makes the HTTP client's few I/O threads
     */
    public WebhookSender(
            Executor executor,
            ScheduledExecutorService timer,
            Duration connectTimeout,
            Duration requestTimeout,
            int maxInFlight,
            SigningKeys keys,
            boolean allowPrivateTargets,
            ThreadFactory threads) {
        this(
                executor,
                new TargetClient(
                        connectTimeout,
                        requestTimeout,
                        maxInFlight,
                        timer,
                        defaultTls(),
                        new CheckedAddresses(allowPrivateTargets, InetAddress::getAllByName),
                        threads),
                keys,
                new AttemptFailures(requestTimeout, connectTimeout));
    }

    WebhookSender(Executor executor, TargetClient client, SigningKeys keys, AttemptFailures failures) {
        this.executor = executor;
        this.client = client;
        this.keys = keys;
        this.failures = failures;
    }

    /** Starts the attempt; the future never fails (an error is an {@link Outcome} too). */
    public CompletableFuture<Outcome> send(Subscription subscription, OutboxEvent event, Instant now) {
        WebhookRequest request;
        try {
            request = request(subscription, event, now);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new Outcome(null, null, failures.describe(e)));
        }
        try {
            return client.post(request, executor)
                    .handle((answer, failure) -> failure != null
                            ? new Outcome(null, null, failures.describe(failure))
                            : new Outcome(
                                    answer.status(),
                                    answer.retryAfter(),
                                    answer.status() / 100 == 2 ? null : "HTTP " + answer.status()));
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(new Outcome(null, null, AttemptFailures.NOT_SENT));
        }
    }

    /** Closes the HTTP client: attempts in flight end. */
    @Override
    public void close() {
        client.close();
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM has no default TLS context", e);
        }
    }

    WebhookRequest request(Subscription subscription, OutboxEvent event, Instant now) {
        URI target = TargetUrls.parse(subscription.targetUrl(), "targetUrl");
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", event.id());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("catalog-aggregate-id", event.aggregateId());
        headers.put("catalog-sequence", Long.toString(event.sequence()));
        headers.put("User-Agent", "Catalog-Webhooks/1");
        String body;
        if (WebhookFormat.of(subscription.format(), "format") == WebhookFormat.WIX) {
            body = WebhookBodies.wix(event, keys.privateKey(), now);
            headers.put("Content-Type", "text/plain; charset=utf-8");
        } else {
            body = WebhookBodies.standard(event);
            headers.put("Content-Type", "application/json");
            headers.put(
                    "webhook-signature", StandardSignature.sign(subscription.secret(), event.id(), timestamp, body));
        }
        return new WebhookRequest(target, headers, body);
    }
}
