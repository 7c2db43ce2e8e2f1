package io.catalog.events.webhook;

import io.catalog.events.telemetry.EventMetrics;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the webhook deliveries, on the server's managed executors: right after a transaction added deliveries
 * ({@link WebhooksFed}) and every {@code catalog.webhooks.poll-interval} (retries, leases run out, other servers'
 * work): claims a batch of due deliveries ({@link WebhookLedger}), POSTs them concurrently (a subscription has at most
 * one delivery per aggregate in a batch, so order holds), and records the batch's outcomes in one transaction. Up to
 * {@code catalog.webhooks.concurrency} batches are in flight at once, so a slow target does not hold up the others. Only 2xx is success; 410 Gone
 * deactivates the subscription; any other answer or no answer is retried on the {@link RetrySchedule}, then
 * dead-lettered. Several servers share the work through the claim's row locks.
 *
 * <p>Each attempt is a span, {@value #ATTEMPT_SPAN} (client kind: the target, the attempt's number, the answer's
 * status), and recording a batch's outcomes another, {@value #RECORD_SPAN}, linked to the batch's attempts; the
 * outcomes are counted in the {@link EventMetrics} once recorded.
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

    /** Makes the HTTP client's I/O threads, as the server's own. */
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    static final String ATTEMPT_SPAN = "catalog.webhook.attempt";
    static final String RECORD_SPAN = "catalog.webhook.record";
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");

    @Inject
    WebhookLedger ledger;

    /** The server's tracer (MicroProfile Telemetry); one that does nothing until the server gives it. */
    @Inject
    Tracer tracer = OpenTelemetry.noop().getTracer("io.catalog");

    @Inject
    EventMetrics metrics = EventMetrics.NONE;

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
    @ConfigProperty(name = "catalog.webhooks.concurrency", defaultValue = "4")
    int concurrency;

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

    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean nudged = new AtomicBoolean();
    private volatile ScheduledFuture<?> polling;
    private volatile boolean failing;
    private volatile boolean stopped;
    private volatile Semaphore batchesInFlight;
    private volatile WebhookSender sender;
    private RetrySchedule schedule;

    /** Starts polling once the application is up (after the schema migration). */
    void start(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object ignored) {
        if (!enabled) {
            LOG.info("catalog.webhooks.enabled is false: this server does not send webhooks");
            return;
        }
        schedule = RetrySchedule.parse(retrySchedule);
        batchesInFlight = new Semaphore(Math.max(1, concurrency));
        sender = new WebhookSender(
                executor,
                scheduler,
                connectTimeout,
                requestTimeout,
                Math.max(1, batchSize) * Math.max(1, concurrency),
                keys,
                allowPrivateTargets,
                threads);
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
        WebhookSender current = sender;
        if (current != null) {
            current.close();
        }
    }

    /** Sends the deliveries a transaction just added, instead of waiting for the next poll. */
    void fed(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhooksFed fed) {
        nudge();
    }

    /** Asks for a drain soon, on the executor; requests made before it starts are served by that one drain. */
    public void nudge() {
        if (!enabled || stopped || sender == null || !nudged.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                nudged.set(false);
                drain();
            });
        } catch (RejectedExecutionException e) {
            nudged.set(false);
        }
    }

    void drain() {
        requested.set(true);
        while (requested.get() && !stopped && draining.tryLock()) {
            try {
                requested.set(false);
                sendDue();
            } finally {
                draining.unlock();
            }
        }
    }

    /**
     * Claims and sends batches while some are due and fewer than {@code catalog.webhooks.concurrency} batches are in
     * flight; a batch that completes records its outcomes and asks for another drain. Batches overlap safely: a
     * delivery is claimable only when no earlier delivery of its aggregate to the same subscription is pending, and
     * one in flight is still pending.
     */
    private void sendDue() {
        try {
            while (!stopped && batchesInFlight.tryAcquire()) {
                List<WebhookLedger.Claimed> claimed;
                try {
                    claimed = ledger.claim(batchSize, OffsetDateTime.now(clock), requestTimeout.plus(LEASE_MARGIN));
                } catch (RuntimeException e) {
                    batchesInFlight.release();
                    throw e;
                }
                if (claimed.isEmpty()) {
                    batchesInFlight.release();
                    break;
                }
                sendAll(claimed);
                if (claimed.size() < batchSize) {
                    break;
                }
            }
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

    /** Sends a claimed batch concurrently; when every attempt has ended, records them and frees the batch's slot. */
    private void sendAll(List<WebhookLedger.Claimed> claimed) {
        List<Span> spans = claimed.stream().map(this::attemptSpan).toList();
        List<CompletableFuture<WebhookSender.Outcome>> attempts = new ArrayList<>();
        for (int i = 0; i < claimed.size(); i++) {
            WebhookLedger.Claimed c = claimed.get(i);
            Span span = spans.get(i);
            attempts.add(sender.send(c.subscription(), c.event(), clock.instant())
                    .whenComplete((outcome, failure) -> endAttempt(span, outcome)));
        }
        CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new))
                .whenCompleteAsync(
                        (done, failure) -> {
                            SpanBuilder recording = tracer.spanBuilder(RECORD_SPAN)
                                    .setAttribute("catalog.webhook.attempts", claimed.size());
                            spans.forEach(attempt -> recording.addLink(attempt.getSpanContext()));
                            Span span = recording.startSpan();
                            try (Scope ignored = span.makeCurrent()) {
                                OffsetDateTime now = OffsetDateTime.now(clock);
                                List<WebhookLedger.Outcome> outcomes = new ArrayList<>();
                                for (int i = 0; i < claimed.size(); i++) {
                                    outcomes.add(outcome(
                                            claimed.get(i), attempts.get(i).join(), now));
                                }
                                // When recording fails, the leases run out and the batch is sent again: at least once,
                                // never lost.
                                ledger.record(outcomes, now);
                                count(outcomes);
                            } catch (RuntimeException e) {
                                span.recordException(e);
                                span.setStatus(StatusCode.ERROR);
                                if (!stopped) {
                                    LOG.log(
                                            Level.WARNING,
                                            "Recording webhook attempts failed; they are sent again when their lease ends",
                                            e);
                                }
                            } finally {
                                span.end();
                                batchesInFlight.release();
                                if (!stopped) {
                                    nudge();
                                }
                            }
                        },
                        executor);
    }

    private Span attemptSpan(WebhookLedger.Claimed claimed) {
        return tracer.spanBuilder(ATTEMPT_SPAN)
                .setSpanKind(SpanKind.CLIENT)
                .setNoParent()
                .setAttribute(
                        "catalog.webhook.subscription", claimed.subscription().id())
                .setAttribute("catalog.webhook.delivery", claimed.delivery().id())
                .setAttribute("catalog.webhook.attempt", claimed.delivery().attempts() + 1L)
                .setAttribute("catalog.event.type", claimed.event().eventType())
                .setAttribute("server.address", hostOf(claimed.subscription().targetUrl()))
                .startSpan();
    }

    private static void endAttempt(Span span, WebhookSender.Outcome outcome) {
        if (outcome != null && outcome.statusCode() != null) {
            span.setAttribute(STATUS, outcome.statusCode().longValue());
        }
        if (outcome == null || !outcome.succeeded()) {
            span.setStatus(StatusCode.ERROR, outcome == null || outcome.error() == null ? "failed" : outcome.error());
        }
        span.end();
    }

    private static String hostOf(String targetUrl) {
        try {
            String host = java.net.URI.create(targetUrl).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private void count(List<WebhookLedger.Outcome> outcomes) {
        int delivered = 0;
        int retried = 0;
        int dead = 0;
        for (WebhookLedger.Outcome outcome : outcomes) {
            if (outcome instanceof WebhookLedger.Delivered) {
                delivered++;
            } else if (outcome instanceof WebhookLedger.Failed) {
                retried++;
            } else {
                dead++;
            }
        }
        metrics.webhookAttempts(delivered, retried, dead);
    }

    private WebhookLedger.Outcome outcome(
            WebhookLedger.Claimed claimed, WebhookSender.Outcome outcome, OffsetDateTime now) {
        String id = claimed.delivery().id();
        if (outcome.succeeded()) {
            return new WebhookLedger.Delivered(id, outcome.statusCode());
        }
        if (Integer.valueOf(410).equals(outcome.statusCode())) {
            LOG.info(() ->
                    "Webhook subscription " + claimed.subscription().id() + " deactivated: its target answered 410");
            return new WebhookLedger.Gone(id, claimed.subscription().id());
        }
        int attempts = claimed.delivery().attempts() + 1;
        Optional<Duration> delay = schedule.nextDelay(attempts, RetrySchedule.retryAfter(outcome.retryAfter(), now));
        return delay.isPresent()
                ? new WebhookLedger.Failed(id, outcome.statusCode(), outcome.error(), now.plus(delay.get()))
                : new WebhookLedger.Dead(id, outcome.statusCode(), outcome.error());
    }
}
