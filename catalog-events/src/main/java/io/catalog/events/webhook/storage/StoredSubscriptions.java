package io.catalog.events.webhook.storage;

import io.catalog.events.webhook.subscription.Subscription;
import io.catalog.events.webhook.subscription.SubscriptionRepository;
import io.catalog.persistence.webhook.WebhookSubscription;
import io.catalog.persistence.webhook.WebhookSubscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Subscriptions in the {@code webhook_subscription} table. */
@ApplicationScoped
public class StoredSubscriptions implements SubscriptionRepository {

    @Inject
    WebhookSubscriptions table;

    @Override
    public List<Subscription> ofStore(String storeId) {
        return table.ofStore(storeId).stream()
                .map(StoredSubscriptions::subscription)
                .toList();
    }

    @Override
    public Optional<Subscription> find(String storeId, String id) {
        return table.find(storeId, id).map(StoredSubscriptions::subscription);
    }

    @Override
    public void add(Subscription subscription) {
        table.add(row(subscription));
    }

    @Override
    public boolean update(Subscription subscription) {
        return table.update(row(subscription));
    }

    @Override
    public boolean delete(String storeId, String id) {
        return table.delete(storeId, id);
    }

    static Subscription subscription(WebhookSubscription row) {
        return new Subscription(
                row.id(),
                row.storeId(),
                row.targetUrl(),
                row.eventTypes(),
                row.secret(),
                row.format(),
                row.active(),
                row.disabledReason(),
                row.createdAt(),
                row.updatedAt());
    }

    static WebhookSubscription row(Subscription s) {
        return new WebhookSubscription(
                s.id(),
                s.storeId(),
                s.targetUrl(),
                s.eventTypes(),
                s.secret(),
                s.format(),
                s.active(),
                s.disabledReason(),
                s.createdAt(),
                s.updatedAt());
    }
}
