package io.catalog.events.outbox;

import io.catalog.domain.store.StoreId;
import io.catalog.events.payload.v3.V3EventTypes;
import io.catalog.events.webhook.subscription.SubscriptionRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a store's changes are also recorded as V3 events: when the server publishes them to Jakarta Messaging for
 * every store ({@code catalog.events.v3.jms}, env {@code CATALOG_EVENTS_V3_JMS}), or when the store has an active
 * webhook subscription naming a V3 event type. Asked once per store and transaction (one indexed read, which leaves
 * the change's writes unflushed), so a store without V3 subscribers pays one small read per change and no second
 * payload. A subscription committed while a change is under way gets V3 events from the next change on.
 */
@ApplicationScoped
public class V3Demand {

    /** The key of the transaction's answers, among its resources. */
    private static final Object ANSWERS = new Object();

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    @ConfigProperty(name = "catalog.events.v3.jms", defaultValue = "false")
    boolean forEveryStore;

    /** Absent outside a container (tests): then every call asks. */
    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Whether {@code store}'s changes are recorded as V3 events too. */
    public boolean wanted(StoreId store) {
        if (forEveryStore) {
            return true;
        }
        Map<String, Boolean> answers = answers();
        return answers == null ? ask(store.value()) : answers.computeIfAbsent(store.value(), this::ask);
    }

    private boolean ask(String storeId) {
        return subscriptions.anyActiveNaming(storeId, V3EventTypes.PREFIX);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Boolean> answers() {
        if (transaction == null || transaction.getTransactionKey() == null) {
            return null;
        }
        Object answers = transaction.getResource(ANSWERS);
        if (answers == null) {
            answers = new HashMap<String, Boolean>();
            transaction.putResource(ANSWERS, answers);
        }
        return (Map<String, Boolean>) answers;
    }
}
