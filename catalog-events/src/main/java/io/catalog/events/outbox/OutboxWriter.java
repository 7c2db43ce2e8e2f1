package io.catalog.events.outbox;

import io.catalog.domain.events.AggregateCreated;
import io.catalog.domain.events.DomainEvent;
import io.catalog.events.payload.EventMappers;
import io.catalog.events.payload.OutgoingEvent;
import io.catalog.persistence.outbox.EventOutbox;
import io.catalog.persistence.outbox.NewOutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.ZoneOffset;

/**
 * Writes every domain event to the outbox as it is fired, synchronously, in the transaction of the change that
 * raised it: the event commits with the change or is rolled back with it. A failure here fails the change.
 */
@ApplicationScoped
public class OutboxWriter {

    @Inject
    EventMappers mappers;

    @Inject
    EventOutbox outbox;

    void record(@Observes DomainEvent event) {
        OutgoingEvent outgoing = mappers.map(event);
        outbox.append(new NewOutboxEvent(
                event.store().value(),
                outgoing.eventType(),
                outgoing.aggregateType(),
                outgoing.aggregateId(),
                outgoing.payload().toString(),
                event.occurredAt().atOffset(ZoneOffset.UTC),
                event instanceof AggregateCreated));
    }
}
