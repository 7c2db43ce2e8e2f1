package io.catalog.events.retention;

import io.catalog.persistence.outbox.EventOutbox;
import io.catalog.persistence.webhook.WebhookDeliveries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/** One purge batch per transaction of its own. */
@ApplicationScoped
public class RetentionBatches {

    @Inject
    EventOutbox outbox;

    @Inject
    WebhookDeliveries deliveries;

    /** Deletes up to {@code limit} finished deliveries (and their attempts) that finished before {@code cutoff}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deliveries(OffsetDateTime cutoff, int limit) {
        return deliveries.purgeFinishedBefore(cutoff, limit);
    }

    /** Deletes up to {@code limit} events published before {@code cutoff} that no pending delivery needs. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int events(OffsetDateTime cutoff, int limit) {
        return outbox.purgePublishedBefore(cutoff, limit);
    }
}
