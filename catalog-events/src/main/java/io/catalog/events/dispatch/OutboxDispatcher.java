package io.catalog.events.dispatch;

import io.catalog.domain.events.DomainEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drains the outbox on the server's managed scheduled executor: every {@code catalog.events.poll-interval}, and at
 * once after a transaction that raised events commits. One drain runs at a time per server; a request that arrives
 * while one runs makes it go round again. Servers sharing a database drain it together: {@link OutboxRelay} claims
 * rows with locks the others skip. Failures are logged once and retried at the next poll.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    OutboxRelay relay;

    @Inject
    @ConfigProperty(name = "catalog.events.dispatcher.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "catalog.events.poll-interval", defaultValue = "PT0.2S")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "catalog.events.batch-size", defaultValue = "100")
    int batchSize;

    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean nudged = new AtomicBoolean();
    private volatile ScheduledFuture<?> polling;
    private volatile boolean failing;

    /** Starts polling once the application is up (after the schema migration, which observes the same event). */
    void start(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object ignored) {
        if (!enabled) {
            LOG.info("catalog.events.dispatcher.enabled is false: this server does not publish events");
            return;
        }
        long millis = Math.max(1, pollInterval.toMillis());
        polling = executor.scheduleWithFixedDelay(this::drain, millis, millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = polling;
        if (running != null) {
            running.cancel(false);
        }
    }

    /** Publishes right after a commit instead of waiting for the next poll. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
        nudge();
    }

    /** Asks for a drain soon, on the executor; requests made before it starts are served by that one drain. */
    public void nudge() {
        if (!enabled || !nudged.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                nudged.set(false);
                drain();
            });
        } catch (RejectedExecutionException stopping) {
            nudged.set(false);
        }
    }

    void drain() {
        requested.set(true);
        while (requested.get() && draining.tryLock()) {
            try {
                requested.set(false);
                publishAll();
            } finally {
                draining.unlock();
            }
        }
    }

    private void publishAll() {
        try {
            relay.publishAll(batchSize);
            if (failing) {
                failing = false;
                LOG.info("Publishing from the event outbox works again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Publishing from the event outbox failed; retrying every " + pollInterval, e);
            }
        }
    }
}
