package io.catalog.events.webhook;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import io.catalog.events.payload.CollectionChangedMapper;
import io.catalog.events.payload.CollectionCreatedMapper;
import io.catalog.events.payload.CollectionDeletedMapper;
import io.catalog.events.payload.ProductChangedMapper;
import io.catalog.events.payload.ProductCreatedMapper;
import io.catalog.events.payload.ProductDeletedMapper;
import io.catalog.events.payload.VariantsChangedMapper;
import io.catalog.persistence.outbox.EventOutbox;
import io.catalog.persistence.outbox.OutboxEvent;
import io.catalog.persistence.webhook.WebhookDeliveries;
import io.catalog.persistence.webhook.WebhookDelivery;
import io.catalog.persistence.webhook.WebhookSubscription;
import io.catalog.persistence.webhook.WebhookSubscriptions;

/**
 * A store's webhook subscriptions: their rules (target URL, event types, secret, format), their delivery log, and
 * replays. Every call is scoped by the store; another store's subscription is not found.
 */
@ApplicationScoped
public class WebhookService {

    /** The event types a subscription may ask for. */
    public static final Set<String> EVENT_TYPES = Set.of(ProductCreatedMapper.EVENT_TYPE,
            ProductChangedMapper.EVENT_TYPE, ProductDeletedMapper.EVENT_TYPE, VariantsChangedMapper.EVENT_TYPE,
            CollectionCreatedMapper.EVENT_TYPE, CollectionChangedMapper.EVENT_TYPE, CollectionDeletedMapper.EVENT_TYPE);
    /** Subscriptions a store may have. */
    public static final int MAX_SUBSCRIPTIONS = 20;
    /** Events one replay may redeliver. */
    public static final int MAX_REPLAY = 10_000;

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    EventOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "catalog.webhooks.allow-private-targets", defaultValue = "false")
    boolean allowPrivateTargets;

    /** A new subscription and its secret, which is answered this once. */
    @Transactional
    public WebhookSubscription create(String storeId, SubscriptionCommand command) {
        String url = TargetUrls.validate(command.targetUrl(), allowPrivateTargets, "targetUrl");
        Set<String> types = eventTypes(command.eventTypes());
        String secret = command.secret() == null ? WebhookSecrets.generate()
                : WebhookSecrets.validate(command.secret(), "secret");
        String format = (command.format() == null ? WebhookFormat.STANDARD
                : WebhookFormat.of(command.format(), "format")).apiName();
        if (subscriptions.ofStore(storeId).size() >= MAX_SUBSCRIPTIONS) {
            throw new RuleViolationException(ErrorCodes.TOO_MANY_SUBSCRIPTIONS, null,
                    "A store has at most " + MAX_SUBSCRIPTIONS + " webhook subscriptions");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        WebhookSubscription subscription = new WebhookSubscription(UUID.randomUUID().toString(), storeId, url, types,
                secret, format, command.active() == null || command.active(), null, now, now);
        subscriptions.add(subscription);
        return subscription;
    }

    @Transactional
    public List<WebhookSubscription> list(String storeId) {
        return subscriptions.ofStore(storeId);
    }

    @Transactional
    public WebhookSubscription get(String storeId, String id) {
        return subscriptions.find(storeId, id).orElseThrow(() -> new SubscriptionNotFoundException(id));
    }

    /** Changes the fields sent; activating a subscription clears why it was deactivated. */
    @Transactional
    public WebhookSubscription update(String storeId, String id, SubscriptionCommand command) {
        WebhookSubscription current = get(storeId, id);
        String url = command.targetUrl() == null ? current.targetUrl()
                : TargetUrls.validate(command.targetUrl(), allowPrivateTargets, "targetUrl");
        Set<String> types = command.eventTypes() == null ? current.eventTypes() : eventTypes(command.eventTypes());
        String secret = command.secret() == null ? current.secret() : WebhookSecrets.validate(command.secret(), "secret");
        String format = command.format() == null ? current.format() : WebhookFormat.of(command.format(), "format").apiName();
        boolean active = command.active() == null ? current.active() : command.active();
        String disabledReason = active ? null : current.disabledReason();
        WebhookSubscription updated = new WebhookSubscription(id, storeId, url, types, secret, format, active,
                disabledReason, current.createdAt(), OffsetDateTime.now(clock));
        subscriptions.update(updated);
        return updated;
    }

    /** Deletes the subscription and its delivery log. */
    @Transactional
    public void delete(String storeId, String id) {
        if (!subscriptions.delete(storeId, id)) {
            throw new SubscriptionNotFoundException(id);
        }
    }

    /** The subscription's deliveries, newest first. */
    @Transactional
    public List<WebhookDelivery> deliveries(String storeId, String id, int limit) {
        get(storeId, id);
        return deliveries.log(id, limit);
    }

    /** Delivers a published event of the store to the subscription again (whatever its type); answers 1. */
    @Transactional
    public int replay(String storeId, String id, String eventId) {
        get(storeId, id);
        OutboxEvent event = outbox.findPublished(storeId, eventId).orElseThrow(() -> new EventNotFoundException(eventId));
        deliveries.add(id, event, OffsetDateTime.now(clock));
        return 1;
    }

    /**
     * Delivers again every published event of the store since {@code since} that the subscription wants, up to
     * {@value #MAX_REPLAY}; answers how many.
     */
    @Transactional
    public int replaySince(String storeId, String id, OffsetDateTime since) {
        WebhookSubscription subscription = get(storeId, id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<OutboxEvent> events = outbox.publishedSince(storeId, since, MAX_REPLAY).stream()
                .filter(event -> subscription.wants(event.eventType())).toList();
        events.forEach(event -> deliveries.add(id, event, now));
        return events.size();
    }

    private static Set<String> eventTypes(List<String> requested) {
        if (requested == null) {
            return Set.of();
        }
        Set<String> types = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            if (!EVENT_TYPES.contains(requested.get(i))) {
                throw new ValidationException("eventTypes[" + i + "]", ErrorCodes.UNKNOWN_ENUM_VALUE,
                        "must be one of " + String.join(", ", new TreeSet<>(EVENT_TYPES)));
            }
            types.add(requested.get(i));
        }
        return types;
    }
}
