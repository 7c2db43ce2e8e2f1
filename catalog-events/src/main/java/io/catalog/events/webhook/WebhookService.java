package io.catalog.events.webhook;

import io.catalog.domain.application.Transactions;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import io.catalog.events.payload.EventMappers;
import io.catalog.events.webhook.subscription.DeliveryLog;
import io.catalog.events.webhook.subscription.LoggedDelivery;
import io.catalog.events.webhook.subscription.Subscription;
import io.catalog.events.webhook.subscription.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A store's webhook subscriptions: their rules (target URL, event types, secret, format), their delivery log, and
 * replays, over the model and ports of {@code events.webhook.subscription}. Every call is scoped by the store
 * (another store's subscription is not found) and runs in one transaction; values are checked before it starts.
 */
@ApplicationScoped
public class WebhookService {

    /** Subscriptions a store may have. */
    public static final int MAX_SUBSCRIPTIONS = 20;
    /** Events one replay may redeliver. */
    public static final int MAX_REPLAY = 10_000;

    @Inject
    Event<WebhooksFed> fed;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryLog deliveries;

    /** The event types a subscription may ask for: every type a mapper publishes. */
    @Inject
    EventMappers mappers;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "catalog.webhooks.allow-private-targets", defaultValue = "false")
    boolean allowPrivateTargets;

    /** A new subscription; its secret is answered this once. */
    public Subscription create(String storeId, SubscriptionCommand command) {
        String url = TargetUrls.validate(command.targetUrl(), allowPrivateTargets, "targetUrl");
        Set<String> types = eventTypes(command.eventTypes());
        String secret = command.secret() == null
                ? WebhookSecrets.generate()
                : WebhookSecrets.validate(command.secret(), "secret");
        String format = (command.format() == null
                        ? WebhookFormat.STANDARD
                        : WebhookFormat.of(command.format(), "format"))
                .apiName();
        return transactions.inTransaction(() -> {
            if (subscriptions.ofStore(storeId).size() >= MAX_SUBSCRIPTIONS) {
                throw new RuleViolationException(
                        ErrorCodes.TOO_MANY_SUBSCRIPTIONS,
                        null,
                        "A store has at most " + MAX_SUBSCRIPTIONS + " webhook subscriptions");
            }
            Subscription subscription = Subscription.create(
                    UUID.randomUUID().toString(),
                    storeId,
                    url,
                    types,
                    secret,
                    format,
                    command.active(),
                    OffsetDateTime.now(clock));
            subscriptions.add(subscription);
            return subscription;
        });
    }

    public List<Subscription> list(String storeId) {
        return transactions.inTransaction(() -> subscriptions.ofStore(storeId));
    }

    public Subscription get(String storeId, String id) {
        return transactions.inTransaction(
                () -> subscriptions.find(storeId, id).orElseThrow(() -> new SubscriptionNotFoundException(id)));
    }

    /** Changes the fields sent; activating a subscription clears why it was deactivated. */
    public Subscription update(String storeId, String id, SubscriptionCommand command) {
        String url = command.targetUrl() == null
                ? null
                : TargetUrls.validate(command.targetUrl(), allowPrivateTargets, "targetUrl");
        Set<String> types = command.eventTypes() == null ? null : eventTypes(command.eventTypes());
        String secret = command.secret() == null ? null : WebhookSecrets.validate(command.secret(), "secret");
        String format = command.format() == null
                ? null
                : WebhookFormat.of(command.format(), "format").apiName();
        return transactions.inTransaction(() -> {
            Subscription updated =
                    get(storeId, id).changedTo(url, types, secret, format, command.active(), OffsetDateTime.now(clock));
            subscriptions.update(updated);
            return updated;
        });
    }

    /**
     * Deletes the subscription and its delivery log. While the worker records outcomes of the same subscription the
     * database may pick the deletion as a deadlock's victim (H2 locks the log's rows in its own order); it is then
     * tried again.
     */
    public void delete(String storeId, String id) {
        transactions.retryingConflicts(() -> {
            if (!subscriptions.delete(storeId, id)) {
                throw new SubscriptionNotFoundException(id);
            }
            return null;
        });
    }

    /** The subscription's deliveries, newest first, with their attempts. */
    public List<LoggedDelivery> deliveries(String storeId, String id, int limit) {
        return transactions.inTransaction(() -> {
            get(storeId, id);
            return deliveries.newestFirst(id, limit);
        });
    }

    /** Delivers a published event of the store to the subscription again (whatever its type); answers 1. */
    public int replay(String storeId, String id, String eventId) {
        return transactions.inTransaction(() -> {
            get(storeId, id);
            if (!deliveries.redeliver(storeId, id, eventId, OffsetDateTime.now(clock))) {
                throw new EventNotFoundException(eventId);
            }
            fed.fire(new WebhooksFed(1));
            return 1;
        });
    }

    /**
     * Delivers again every published event of the store since {@code since} that the subscription wants, up to
     * {@value #MAX_REPLAY}, in order per aggregate; answers how many.
     */
    public int replaySince(String storeId, String id, OffsetDateTime since) {
        return transactions.inTransaction(() -> {
            Subscription subscription = get(storeId, id);
            int queued = deliveries.redeliverSince(subscription, since, MAX_REPLAY, OffsetDateTime.now(clock));
            if (queued > 0) {
                fed.fire(new WebhooksFed(queued));
            }
            return queued;
        });
    }

    private Set<String> eventTypes(List<String> requested) {
        if (requested == null) {
            return Set.of();
        }
        Set<String> types = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            if (!mappers.typeNames().contains(requested.get(i))) {
                throw new ValidationException(
                        "eventTypes[" + i + "]",
                        ErrorCodes.UNKNOWN_ENUM_VALUE,
                        "must be one of " + String.join(", ", mappers.typeNames()));
            }
            types.add(requested.get(i));
        }
        return types;
    }
}
