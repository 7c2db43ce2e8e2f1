package io.catalog.events.telemetry;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The {@link EventMetrics} of the server: counters {@code catalog.outbox.published}, {@code
 * catalog.outbox.publish_failures}, {@code catalog.webhook.delivered}, {@code catalog.webhook.retries} and {@code
 * catalog.webhook.dead_letters}, registered when the application starts (so they read 0 before anything happened).
 */
@ApplicationScoped
public class MeteredEvents implements EventMetrics {

    @Inject
    CatalogMeters meters;

    private CatalogMeters.Count published = CatalogMeters.Count.NONE;
    private CatalogMeters.Count publishFailures = CatalogMeters.Count.NONE;
    private CatalogMeters.Count delivered = CatalogMeters.Count.NONE;
    private CatalogMeters.Count retries = CatalogMeters.Count.NONE;
    private CatalogMeters.Count deadLetters = CatalogMeters.Count.NONE;

    @PostConstruct
    void register() {
        published = meters.counter("catalog.outbox.published", "{event}", "Events published from the outbox");
        publishFailures = meters.counter(
                "catalog.outbox.publish_failures",
                "{event}",
                "Events the outbox relay failed to publish (each is retried with backoff)");
        delivered = meters.counter("catalog.webhook.delivered", "{delivery}", "Webhook deliveries answered 2xx");
        retries =
                meters.counter("catalog.webhook.retries", "{attempt}", "Failed webhook attempts that will be retried");
        deadLetters = meters.counter(
                "catalog.webhook.dead_letters",
                "{delivery}",
                "Webhook deliveries given up (attempts exhausted, or 410 Gone): dead-lettered");
    }

    /** Registers the counters as the application starts. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        published.add(0);
    }

    @Override
    public void published(int events) {
        published.add(events);
    }

    @Override
    public void publishFailed(int events) {
        publishFailures.add(events);
    }

    @Override
    public void webhookAttempts(int delivered, int retried, int deadLettered) {
        this.delivered.add(delivered);
        retries.add(retried);
        deadLetters.add(deadLettered);
    }
}
