package io.catalog.events.webhook;

import io.catalog.events.dispatch.Delivery;
import io.catalog.events.dispatch.EventSink;
import io.catalog.events.webhook.subscription.Subscription;
import io.catalog.events.webhook.subscription.SubscriptionRepository;
import io.catalog.persistence.outbox.OutboxEvent;
import io.catalog.persistence.webhook.WebhookDeliveries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Feeds the webhook deliveries from the outbox: as the relay publishes an event, one pending delivery per active
 * subscription of its store that wants its type is added, in the relay's own transaction. So an event is marked
 * published only together with its deliveries, and a crash loses neither; {@link WebhookWorker} sends them, woken by
 * {@link WebhooksFed} once the transaction has committed.
 */
@ApplicationScoped
public class WebhookFanOut implements EventSink {

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    Clock clock;

    @Inject
    Event<WebhooksFed> fedEvents;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Delivery deliver(List<OutboxEvent> events) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, List<Subscription>> byStore = new HashMap<>();
        Set<String> fed = new HashSet<>();
        Map<OutboxEvent, List<String>> wantedBy = new LinkedHashMap<>();
        int added = 0;
        for (OutboxEvent event : events) {
            List<String> wanting = byStore.computeIfAbsent(event.storeId(), subscriptions::activeOfStore).stream()
                    .filter(s -> s.wants(event.eventType()))
                    .map(Subscription::id)
                    .toList();
            wantedBy.put(event, wanting);
            added += wanting.size();
            fed.add(event.id());
        }
        deliveries.feed(wantedBy, now);
        if (added > 0) {
            fedEvents.fire(new WebhooksFed(added));
        }
        return new Delivery(fed, Map.of());
    }
}
