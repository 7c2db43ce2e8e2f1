package io.catalog.events;

import io.catalog.domain.application.DomainEventPublisher;
import io.catalog.domain.events.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Hands the domain events the application services raise to CDI, inside the transaction of the change that raised
 * them, so that observers (the outbox) record them atomically with the change.
 */
@ApplicationScoped
public class CdiDomainEventPublisher implements DomainEventPublisher {

    @Inject
    Event<DomainEvent> events;

    @Override
    public void publish(DomainEvent event) {
        events.fire(event);
    }
}
