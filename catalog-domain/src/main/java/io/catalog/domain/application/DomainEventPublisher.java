package io.catalog.domain.application;

import io.catalog.domain.events.DomainEvent;

/** Port to the event outbox; called inside the transaction of the change, so events commit with it. */
public interface DomainEventPublisher {

    void publish(DomainEvent event);
}
