package io.catalog.events.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

import javax.net.ssl.SSLSocketFactory;

import io.catalog.domain.shared.ValidationException;
import io.catalog.persistence.outbox.OutboxEvent;
import io.catalog.persistence.webhook.WebhookSubscription;

/**
 * Sends one attempt of a delivery: an HTTP POST of the subscription's format, with short timeouts, no redirects
 * followed. Both formats carry {@code webhook-id} (the event id, the same on every retry), {@code webhook-timestamp}
 * and the event's place in its aggregate's stream ({@code catalog-aggregate-id}, {@code catalog-sequence}); the
 * {@code standard} format adds {@code webhook-signature}.
 *
 * <p>Each attempt resolves the target's host anew, checks every address it resolves to ({@link TargetUrls}) and
 * connects only to those addresses ({@link TargetClient}): the address connected to is always one just checked.
 */
public final class WebhookSender {

    private final Executor executor;
    private final TargetClient client;
    private final SigningKeys keys;
    private final boolean allowPrivateTargets;
    private final AttemptFailures failures;

    /** What an attempt came to: the answer's status and {@code Retry-After}, or the error when none came. */
    public record Outcome(Integer statusCode, String retryAfter, String error) {

        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /**
     * @param executor            runs the attempts (each holds its thread until its answer or its timeout: at most
     *                            the batch size times the worker's concurrency at once)
     * @param timer               ends attempts that run out of time
     * @param allowPrivateTargets whether targets may resolve to local addresses (checked again at each attempt)
     */
    public WebhookSender(Executor executor, ScheduledExecutorService timer, Duration connectTimeout,
                         Duration requestTimeout, SigningKeys keys, boolean allowPrivateTargets) {
        this.executor = executor;
        this.client = new TargetClient(connectTimeout, requestTimeout, timer,
                (SSLSocketFactory) SSLSocketFactory.getDefault());
        this.keys = keys;
        this.allowPrivateTargets = allowPrivateTargets;
        this.failures = new AttemptFailures(requestTimeout, connectTimeout);
    }

    /** Starts the attempt; the future never fails (an error is an {@link Outcome} too). */
    public CompletableFuture<Outcome> send(WebhookSubscription subscription, OutboxEvent event, Instant now) {
        WebhookRequest request;
        try {
            request = request(subscription, event, now);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new Outcome(null, null, failures.describe(e)));
        }
        try {
            return CompletableFuture.supplyAsync(() -> attempt(request), executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(new Outcome(null, null, AttemptFailures.NOT_SENT));
        }
    }

    private Outcome attempt(WebhookRequest request) {
        List<InetAddress> addresses;
        try {
            // The host may resolve elsewhere than when the subscription was made, or than at the last attempt.
            addresses = TargetUrls.addresses(request.target(), allowPrivateTargets, "targetUrl");
        } catch (ValidationException e) {
            return new Outcome(null, null, failures.describe(e));
        }
        try {
            TargetClient.Answer answer = client.post(request, addresses);
            return new Outcome(answer.status(), answer.retryAfter(),
                    answer.status() / 100 == 2 ? null : "HTTP " + answer.status());
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, null, failures.describe(e));
        }
    }

    WebhookRequest request(WebhookSubscription subscription, OutboxEvent event, Instant now) {
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
            headers.put("webhook-signature", StandardSignature.sign(subscription.secret(), event.id(), timestamp, body));
        }
        return new WebhookRequest(target, headers, body);
    }
}
