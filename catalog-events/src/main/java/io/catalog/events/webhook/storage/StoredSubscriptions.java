package io.catalog.events.webhook.storage;

import io.catalog.events.webhook.subscription.Subscription;
import io.catalog.events.webhook.subscription.SubscriptionRepository;
import io.catalog.persistence.webhook.WebhookSubscription;
import io.catalog.persistence.webhook.WebhookSubscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
    public List<Subscription> activeOfStore(String storeId) {
        return table.activeOfStore(storeId).stream()
                .map(StoredSubscriptions::subscription)
                .toList();
    }

    @Override
    public boolean anyActiveNaming(String storeId, String typePrefix) {
        return table.anyActiveNaming(storeId, typePrefix);
    }

    @Override
    public Map<String, Subscription> findAll(Collection<String> ids) {
        return table.findAll(ids).values().stream()
                .map(StoredSubscriptions::subscription)
                .collect(Collectors.toMap(Subscription::id, s -> s));
    }

    @Override
    public void deactivate(String id, String reason, OffsetDateTime at) {
        table.disable(id, reason, at);
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
