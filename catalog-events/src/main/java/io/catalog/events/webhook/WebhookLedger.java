package io.catalog.events.webhook;

import io.catalog.events.webhook.subscription.Subscription;
import io.catalog.events.webhook.subscription.SubscriptionRepository;
import io.catalog.persistence.outbox.EventOutbox;
import io.catalog.persistence.outbox.OutboxEvent;
import io.catalog.persistence.webhook.WebhookDeliveries;
import io.catalog.persistence.webhook.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The delivery worker's transactions, each short and on its own: claiming a batch of due deliveries (leased, so the
 * HTTP calls happen outside any transaction), and recording the batch's outcomes.
 */
@ApplicationScoped
public class WebhookLedger {

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    EventOutbox outbox;

    /** A claimed delivery with what sending it needs. */
    public record Claimed(WebhookDelivery delivery, Subscription subscription, OutboxEvent event) {}

    /** What sending a claimed delivery came to, to be recorded. */
    public sealed interface Outcome {
        /** The delivery concerned. */
        String deliveryId();
    }

    /** A 2xx answer. */
    public record Delivered(String deliveryId, int statusCode) implements Outcome {}

    /** A failed attempt, tried again at {@code retryAt}. */
    public record Failed(String deliveryId, Integer statusCode, String error, OffsetDateTime retryAt)
            implements Outcome {}

    /** A failed last attempt: dead-lettered. */
    public record Dead(String deliveryId, Integer statusCode, String error) implements Outcome {}

    /** A 410 Gone: the delivery is given up and its subscription deactivated. */
    public record Gone(String deliveryId, String subscriptionId) implements Outcome {}

    /**
     * Claims up to {@code limit} due deliveries, leased for {@code lease}, with their subscriptions and events (read
     * in one query each, whatever the batch's size).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claim(int limit, OffsetDateTime now, Duration lease) {
        List<WebhookDelivery> due = deliveries.claimDue(limit, now, now.plus(lease));
        if (due.isEmpty()) {
            return List.of();
        }
        Map<String, Subscription> subscriptionsById = subscriptions.findAll(
                due.stream().map(WebhookDelivery::subscriptionId).collect(Collectors.toSet()));
        Map<String, OutboxEvent> eventsById =
                outbox.findAll(due.stream().map(WebhookDelivery::eventId).collect(Collectors.toSet()));
        List<Claimed> claimed = new ArrayList<>();
        for (WebhookDelivery delivery : due) {
            Subscription subscription = subscriptionsById.get(delivery.subscriptionId());
            OutboxEvent event = eventsById.get(delivery.eventId());
            if (subscription != null && event != null) {
                claimed.add(new Claimed(delivery, subscription, event));
            } else {
                deliveries.markDead(delivery.id(), null, "The event is no longer in the outbox", now);
            }
        }
        return claimed;
    }

    /**
     * Records the outcomes of a batch of attempts, in one transaction. The changed rows are written at commit in
     * primary-key order ({@code eclipselink.order-updates}), so concurrent batches, and a subscription's deletion,
     * take their row locks in one order and never wait on each other in a cycle.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(List<Outcome> outcomes, OffsetDateTime at) {
        List<Outcome> ordered = outcomes.stream()
                .sorted(Comparator.comparing(Outcome::deliveryId))
                .toList();
        deliveries.load(ordered.stream().map(Outcome::deliveryId).toList());
        for (Outcome outcome : ordered) {
            if (outcome instanceof Delivered d) {
                deliveries.markDelivered(d.deliveryId(), d.statusCode(), at);
            } else if (outcome instanceof Failed f) {
                deliveries.markFailed(f.deliveryId(), f.statusCode(), f.error(), at, f.retryAt());
            } else if (outcome instanceof Dead d) {
                deliveries.markDead(d.deliveryId(), d.statusCode(), d.error(), at);
            } else if (outcome instanceof Gone g) {
                deliveries.markDead(g.deliveryId(), 410, "410 Gone: subscription deactivated", at);
                subscriptions.deactivate(g.subscriptionId(), "The target answered 410 Gone at " + at.toInstant(), at);
            }
        }
    }
}
