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
 * raised it: the event commits with the change or is rolled back with it. A failure here fails the change. An event
 * with a V3 form (a product created, updated or deleted) is also recorded in that form, right after its v1 form and
 * in the same aggregate's sequence, when its store wants V3 events ({@link V3Demand}).
 */
@ApplicationScoped
public class OutboxWriter {

    @Inject
    EventMappers mappers;

    @Inject
    EventOutbox outbox;

    @Inject
    V3Demand v3Demand;

    void record(@Observes DomainEvent event) {
        append(event, mappers.map(event), event instanceof AggregateCreated);
        if (mappers.hasV3(event) && v3Demand.wanted(event.store())) {
            mappers.mapV3(event).ifPresent(v3 -> append(event, v3, false));
        }
    }

    private void append(DomainEvent event, OutgoingEvent outgoing, boolean opensAggregate) {
        outbox.append(new NewOutboxEvent(
                event.store().value(),
                outgoing.eventType(),
                outgoing.aggregateType(),
                outgoing.aggregateId(),
                outgoing.payload().toString(),
                event.occurredAt().atOffset(ZoneOffset.UTC),
                opensAggregate,
                outgoing.eventId()));
    }
}
