package io.catalog.events.webhook;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the webhook deliveries, on the server's managed scheduled executor every {@code catalog.webhooks.poll-interval}:
 * claims a batch of due deliveries ({@link WebhookLedger}), POSTs them concurrently (a subscription has at most one
 * delivery per aggregate in a batch, so order holds), and records each outcome. Only 2xx is success; 410 Gone
 * deactivates the subscription; any other answer or no answer is retried on the {@link RetrySchedule}, then
 * dead-lettered. Several servers share the work through the claim's row locks.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class.getName());
    /** How long past the request timeout a claimed delivery stays leased to its sender. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    WebhookLedger ledger;

    @Inject
    SigningKeys keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "catalog.webhooks.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "catalog.webhooks.poll-interval", defaultValue = "PT1S")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "catalog.webhooks.batch-size", defaultValue = "50")
    int batchSize;

    @Inject
    @ConfigProperty(name = "catalog.webhooks.connect-timeout", defaultValue = "PT2S")
    Duration connectTimeout;

    @Inject
    @ConfigProperty(name = "catalog.webhooks.request-timeout", defaultValue = "PT5S")
    Duration requestTimeout;

    @Inject
    @ConfigProperty(name = "catalog.webhooks.allow-private-targets", defaultValue = "false")
    boolean allowPrivateTargets;

    @Inject
    @ConfigProperty(name = "catalog.webhooks.retry-schedule", defaultValue = RetrySchedule.DEFAULT)
    String retrySchedule;

    private volatile ScheduledFuture<?> polling;
    private volatile boolean failing;
    private volatile boolean stopped;
    private WebhookSender sender;
    private RetrySchedule schedule;

    /** Starts polling once the application is up (after the schema migration). */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
               Object ignored) {
        if (!enabled) {
            LOG.info("catalog.webhooks.enabled is false: this server does not send webhooks");
            return;
        }
        schedule = RetrySchedule.parse(retrySchedule);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).executor(executor).build();
        sender = new WebhookSender(client, requestTimeout, keys, allowPrivateTargets);
        long millis = Math.max(1, pollInterval.toMillis());
        polling = scheduler.scheduleWithFixedDelay(this::drain, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Stops polling as soon as the application begins to stop, before its persistence unit goes. */
    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        stop();
    }

    @PreDestroy
    void stop() {
        stopped = true;
        ScheduledFuture<?> running = polling;
        if (running != null) {
            running.cancel(false);
        }
    }

    void drain() {
        if (stopped) {
            return;
        }
        try {
            List<WebhookLedger.Claimed> claimed;
            do {
                claimed = ledger.claim(batchSize, OffsetDateTime.now(clock), requestTimeout.plus(LEASE_MARGIN));
                sendAll(claimed);
            } while (claimed.size() == batchSize && !stopped);
            if (failing) {
                failing = false;
                LOG.info("Sending webhooks works again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Sending webhooks failed; retrying every " + pollInterval, e);
            }
        }
    }

    private void sendAll(List<WebhookLedger.Claimed> claimed) {
        List<CompletableFuture<WebhookSender.Outcome>> attempts = claimed.stream()
                .map(c -> sender.send(c.subscription(), c.event(), clock.instant())).toList();
        RuntimeException failure = null;
        for (int i = 0; i < claimed.size(); i++) {
            try {
                record(claimed.get(i), attempts.get(i).join());
            } catch (RuntimeException e) {
                // the others are still recorded; this one is sent again when its lease ends
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void record(WebhookLedger.Claimed claimed, WebhookSender.Outcome outcome) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String id = claimed.delivery().id();
        if (outcome.succeeded()) {
            ledger.delivered(id, outcome.statusCode(), now);
        } else if (Integer.valueOf(410).equals(outcome.statusCode())) {
            LOG.info(() -> "Webhook subscription " + claimed.subscription().id() + " deactivated: its target answered 410");
            ledger.gone(id, claimed.subscription().id(), now);
        } else {
            int attempts = claimed.delivery().attempts() + 1;
            Optional<Duration> delay = schedule.nextDelay(attempts, RetrySchedule.retryAfter(outcome.retryAfter(), now));
            if (delay.isPresent()) {
                ledger.failed(id, outcome.statusCode(), outcome.error(), now, now.plus(delay.get()));
            } else {
                ledger.dead(id, outcome.statusCode(), outcome.error(), now);
            }
        }
    }
}
