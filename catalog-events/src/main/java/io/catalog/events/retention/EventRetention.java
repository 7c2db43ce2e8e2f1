package io.catalog.events.retention;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
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
 * Purges what is no longer needed, on the managed scheduled executor every {@code catalog.events.retention.interval}:
 * published outbox events and finished (delivered or dead-lettered) webhook deliveries, with their attempts, older
 * than {@code catalog.events.retention}; in batches of {@code catalog.events.retention.batch-size} rows, one short
 * transaction each, so writers are never held up for long. Unpublished events, events a pending delivery still
 * needs, and pending deliveries are kept whatever their age. Several servers may purge at once: each batch deletes
 * what is still there.
 */
@ApplicationScoped
public class EventRetention {

    private static final Logger LOG = Logger.getLogger(EventRetention.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    RetentionBatches batches;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "catalog.events.retention", defaultValue = "P7D")
    Duration retention;

    @Inject
    @ConfigProperty(name = "catalog.events.retention.interval", defaultValue = "PT10M")
    Duration interval;

    @Inject
    @ConfigProperty(name = "catalog.events.retention.batch-size", defaultValue = "500")
    int batchSize;

    private volatile ScheduledFuture<?> purging;
    private volatile boolean failing;

    /** Starts once the application is up (after the schema migration). */
    void start(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object ignored) {
        if (retention.isNegative() || retention.isZero()) {
            LOG.info("catalog.events.retention is " + retention + ": nothing is purged");
            return;
        }
        long millis = Math.max(1, interval.toMillis());
        purging = executor.scheduleWithFixedDelay(this::purge, millis, millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = purging;
        if (running != null) {
            running.cancel(false);
        }
    }

    /** One round: batches until nothing older than the retention is left; answers the rows purged. */
    public long purge() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(retention);
        long purged = 0;
        try {
            int batch;
            do {
                batch = batches.deliveries(cutoff, batchSize);
                purged += batch;
            } while (batch == batchSize);
            do {
                batch = batches.events(cutoff, batchSize);
                purged += batch;
            } while (batch == batchSize);
            if (failing) {
                failing = false;
                LOG.info("Purging old events works again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(
                        Level.WARNING,
                        "Purging events older than " + retention + " failed; retrying every " + interval,
                        e);
            }
        }
        if (purged > 0 && LOG.isLoggable(Level.FINE)) {
            LOG.fine("Purged rows older than " + cutoff + ": " + purged);
        }
        return purged;
    }
}
