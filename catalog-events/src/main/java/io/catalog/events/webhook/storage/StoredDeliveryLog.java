package io.catalog.events.webhook.storage;

import io.catalog.events.webhook.subscription.DeliveryLog;
import io.catalog.events.webhook.subscription.LoggedDelivery;
import io.catalog.events.webhook.subscription.Subscription;
import io.catalog.persistence.outbox.EventOutbox;
import io.catalog.persistence.outbox.OutboxEvent;
import io.catalog.persistence.webhook.WebhookDeliveries;
import io.catalog.persistence.webhook.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The delivery log in the {@code webhook_delivery} and {@code webhook_attempt} tables; replays from the outbox. */
@ApplicationScoped
public class StoredDeliveryLog implements DeliveryLog {

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    EventOutbox outbox;

    @Override
    public List<LoggedDelivery> newestFirst(String subscriptionId, int limit) {
        List<WebhookDelivery> log = deliveries.log(subscriptionId, limit);
        Map<String, List<WebhookDelivery.Attempt>> attempts =
                deliveries.attempts(log.stream().map(WebhookDelivery::id).toList());
        return log.stream()
                .map(d -> logged(d, attempts.getOrDefault(d.id(), List.of())))
                .toList();
    }

    @Override
    public boolean redeliver(String storeId, String subscriptionId, String eventId, OffsetDateTime now) {
        Optional<OutboxEvent> event = outbox.findPublished(storeId, eventId);
        event.ifPresent(e -> deliveries.add(subscriptionId, e, now));
        return event.isPresent();
    }

    @Override
    public int redeliverSince(Subscription subscription, OffsetDateTime since, int limit, OffsetDateTime now) {
        List<OutboxEvent> events = outbox.publishedSince(subscription.storeId(), since, limit).stream()
                .filter(event -> subscription.wants(event.eventType()))
                .toList();
        events.forEach(event -> deliveries.add(subscription.id(), event, now));
        return events.size();
    }

    private static LoggedDelivery logged(WebhookDelivery d, List<WebhookDelivery.Attempt> attempts) {
        return new LoggedDelivery(
                d.id(),
                d.subscriptionId(),
                d.eventId(),
                d.eventType(),
                d.aggregateKey(),
                d.sequence(),
                LoggedDelivery.Status.valueOf(d.status().name()),
                d.attempts(),
                d.nextAttemptAt(),
                d.createdAt(),
                d.lastAttemptAt(),
                d.lastStatusCode(),
                d.lastError(),
                d.finishedAt(),
                attempts.stream()
                        .map(a -> new LoggedDelivery.Attempt(a.number(), a.at(), a.statusCode(), a.error()))
                        .toList());
    }
}
