package io.catalog.events.telemetry;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The backlog gauges: {@code catalog.outbox.lag}, how long ago the oldest unpublished event occurred (0 when every
 * event is published: the readiness check's figure), and {@code catalog.webhook.backlog}, how many webhook deliveries
 * are pending. Both are read from the database every {@code catalog.metrics.sample-interval} on the server's managed
 * scheduler, and the gauges answer the last reading, so neither a scrape nor an export runs a query (zero turns the
 * reading off and the gauges stay at -1). Every server on a database reports the same figures.
 */
@ApplicationScoped
public class BacklogSampler {

    private static final Logger LOG = Logger.getLogger(BacklogSampler.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    BacklogReads reads;

    @Inject
    CatalogMeters meters;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "catalog.metrics.sample-interval", defaultValue = "PT10S")
    Duration interval;

    private volatile double lagSeconds = -1;
    private volatile double pendingDeliveries = -1;
    private volatile boolean failing;
    private volatile ScheduledFuture<?> sampling;

    /** Registers the gauges and starts reading once the application is up (after the schema migration). */
    void start(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object ignored) {
        meters.gauge(
                "catalog.outbox.lag",
                "s",
                "seconds",
                "Age of the oldest unpublished event in the outbox (0: none waits)",
                () -> lagSeconds);
        meters.gauge(
                "catalog.webhook.backlog",
                "{delivery}",
                null,
                "Webhook deliveries pending (not yet delivered or dead-lettered)",
                () -> pendingDeliveries);
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        long millis = Math.max(100, interval.toMillis());
        sampling = scheduler.scheduleWithFixedDelay(this::sample, 0, millis, TimeUnit.MILLISECONDS);
    }

    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        stop();
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = sampling;
        if (running != null) {
            running.cancel(false);
        }
    }

    void sample() {
        try {
            OffsetDateTime now = OffsetDateTime.now(clock);
            lagSeconds = reads.oldestUnpublished()
                    .map(at -> Math.max(0, Duration.between(at, now).toMillis() / 1000.0))
                    .orElse(0.0);
            pendingDeliveries = reads.pendingDeliveries();
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Reading the outbox and webhook backlog for the metrics failed", e);
            }
        }
    }
}
