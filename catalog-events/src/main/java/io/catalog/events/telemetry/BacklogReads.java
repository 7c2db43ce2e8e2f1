package io.catalog.events.telemetry;

import io.catalog.persistence.outbox.EventOutbox;
import io.catalog.persistence.webhook.WebhookDeliveries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The two reads behind the backlog gauges, each one indexed statement in a short transaction of its own. */
@ApplicationScoped
public class BacklogReads {

    @Inject
    EventOutbox outbox;

    @Inject
    WebhookDeliveries deliveries;

    /** When the oldest unpublished event occurred, if there is one (the same read as the readiness check's). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OffsetDateTime> oldestUnpublished() {
        return outbox.oldestUnpublished();
    }

    /** How many webhook deliveries are pending. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long pendingDeliveries() {
        return deliveries.countPending();
    }
}
