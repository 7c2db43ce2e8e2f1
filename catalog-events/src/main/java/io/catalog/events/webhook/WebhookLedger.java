package io.catalog.events.webhook;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.catalog.persistence.outbox.EventOutbox;
import io.catalog.persistence.outbox.OutboxEvent;
import io.catalog.persistence.webhook.WebhookDeliveries;
import io.catalog.persistence.webhook.WebhookDelivery;
import io.catalog.persistence.webhook.WebhookSubscription;
import io.catalog.persistence.webhook.WebhookSubscriptions;

/**
 * The delivery worker's transactions, each short and on its own: claiming due deliveries (leased, so the HTTP calls
 * happen outside any transaction), and recording each attempt's outcome.
 */
@ApplicationScoped
public class WebhookLedger {

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    EventOutbox outbox;

    /** A claimed delivery with what sending it needs. */
    public record Claimed(WebhookDelivery delivery, WebhookSubscription subscription, OutboxEvent event) {
    }

    /** Claims up to {@code limit} due deliveries, leased for {@code lease}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claim(int limit, OffsetDateTime now, Duration lease) {
        List<Claimed> claimed = new ArrayList<>();
        for (WebhookDelivery delivery : deliveries.claimDue(limit, now, now.plus(lease))) {
            Optional<WebhookSubscription> subscription = subscriptions.find(delivery.subscriptionId());
            Optional<OutboxEvent> event = outbox.find(delivery.eventId());
            if (subscription.isPresent() && event.isPresent()) {
                claimed.add(new Claimed(delivery, subscription.get(), event.get()));
            } else {
                deliveries.markDead(delivery.id(), null, "The event is no longer in the outbox", now);
            }
        }
        return claimed;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(String deliveryId, int statusCode, OffsetDateTime at) {
        deliveries.markDelivered(deliveryId, statusCode, at);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String deliveryId, Integer statusCode, String error, OffsetDateTime at, OffsetDateTime retryAt) {
        deliveries.markFailed(deliveryId, statusCode, error, at, retryAt);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void dead(String deliveryId, Integer statusCode, String error, OffsetDateTime at) {
        deliveries.markDead(deliveryId, statusCode, error, at);
    }

    /** A 410 Gone: the delivery is given up and the subscription deactivated. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void gone(String deliveryId, String subscriptionId, OffsetDateTime at) {
        deliveries.markDead(deliveryId, 410, "410 Gone: subscription deactivated", at);
        subscriptions.disable(subscriptionId, "The target answered 410 Gone at " + at.toInstant(), at);
    }
}
