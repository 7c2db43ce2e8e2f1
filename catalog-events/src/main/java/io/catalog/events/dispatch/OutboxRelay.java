package io.catalog.events.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.catalog.persistence.outbox.EventOutbox;
import io.catalog.persistence.outbox.OutboxEvent;

/**
 * Publishes one batch from the outbox in one transaction: claims due events (row locks other servers skip), hands
 * them to every {@link EventSink}, then marks them published. A crash before the commit leaves them unpublished and
 * they are published again: at least once, never lost. A failed event waits with exponential backoff, and the later
 * events of its aggregate wait behind it.
 */
@ApplicationScoped
public class OutboxRelay {

    @Inject
    EventOutbox outbox;

    @Inject
    @Any
    Instance<EventSink> sinks;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "catalog.events.retry.initial-delay", defaultValue = "PT1S")
    Duration initialRetryDelay;

    @Inject
    @ConfigProperty(name = "catalog.events.retry.max-delay", defaultValue = "PT5M")
    Duration maxRetryDelay;

    /** What one batch did: how many due events were claimed, and how many were published or postponed. */
    public record Batch(int claimed, int settled) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch publishBatch(int limit) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<OutboxEvent> due = outbox.claimDue(limit, now);
        if (due.isEmpty()) {
            return new Batch(0, 0);
        }
        Set<String> published = new LinkedHashSet<>();
        due.forEach(event -> published.add(event.id()));
        Map<String, String> failed = new HashMap<>();
        for (EventSink sink : sinks) {
            Delivery delivery = sink.deliver(due);
            published.retainAll(delivery.delivered());
            delivery.failed().forEach(failed::putIfAbsent);
        }
        published.removeAll(failed.keySet());
        outbox.markPublished(published, now);
        due.stream().filter(event -> failed.containsKey(event.id())).forEach(event ->
                outbox.markFailed(event.id(), failed.get(event.id()), now.plus(retryDelay(event.attempts()))));
        return new Batch(due.size(), published.size() + failed.size());
    }

    /** {@code initial * 2^attempts}, at most {@code max}. */
    Duration retryDelay(int attempts) {
        Duration delay = initialRetryDelay;
        for (int i = 0; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
