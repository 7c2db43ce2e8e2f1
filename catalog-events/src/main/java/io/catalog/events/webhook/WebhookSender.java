package io.catalog.events.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import io.catalog.persistence.outbox.OutboxEvent;
import io.catalog.persistence.webhook.WebhookSubscription;

/**
 * Sends one attempt of a delivery: an HTTP POST of the subscription's format, with short timeouts, no redirects
 * followed. Both formats carry {@code webhook-id} (the event id, the same on every retry), {@code webhook-timestamp}
 * and the event's place in its aggregate's stream ({@code catalog-aggregate-id}, {@code catalog-sequence}); the
 * {@code standard} format adds {@code webhook-signature}.
 */
public final class WebhookSender {

    private final HttpClient client;
    private final Duration requestTimeout;
    private final SigningKeys keys;
    private final boolean allowPrivateTargets;
    private final AttemptFailures failures;

    /** What an attempt came to: the answer's status and {@code Retry-After}, or the error when none came. */
    public record Outcome(Integer statusCode, String retryAfter, String error) {

        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /** @param allowPrivateTargets whether targets may resolve to private addresses (checked again before each send) */
    public WebhookSender(HttpClient client, Duration requestTimeout, SigningKeys keys, boolean allowPrivateTargets) {
        this.client = client;
        this.requestTimeout = requestTimeout;
        this.keys = keys;
        this.allowPrivateTargets = allowPrivateTargets;
        this.failures = new AttemptFailures(requestTimeout, client.connectTimeout().orElse(null));
    }

    /** Starts the attempt; the future never fails (an error is an {@link Outcome} too). */
    public CompletableFuture<Outcome> send(WebhookSubscription subscription, OutboxEvent event, Instant now) {
        HttpRequest request;
        try {
            // The host may resolve elsewhere than when the subscription was made.
            TargetUrls.validate(subscription.targetUrl(), allowPrivateTargets, "targetUrl");
            request = request(subscription, event, now);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new Outcome(null, null, failures.describe(e)));
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> failure == null
                        ? new Outcome(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
                                response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode())
                        : new Outcome(null, null, failures.describe(failure)));
    }

    HttpRequest request(WebhookSubscription subscription, OutboxEvent event, Instant now) {
        long timestamp = now.getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(subscription.targetUrl()))
                .timeout(requestTimeout)
                .header("webhook-id", event.id())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("catalog-aggregate-id", event.aggregateId())
                .header("catalog-sequence", Long.toString(event.sequence()))
                .header("User-Agent", "Catalog-Webhooks/1");
        String body;
        if (WebhookFormat.of(subscription.format(), "format") == WebhookFormat.WIX) {
            body = WebhookBodies.wix(event, keys.privateKey(), now);
            request.header("Content-Type", "text/plain; charset=utf-8");
        } else {
            body = WebhookBodies.standard(event);
            request.header("Content-Type", "application/json")
                    .header("webhook-signature", StandardSignature.sign(subscription.secret(), event.id(), timestamp, body));
        }
        return request.POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
