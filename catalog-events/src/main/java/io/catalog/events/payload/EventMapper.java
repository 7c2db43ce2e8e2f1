package io.catalog.events.payload;

import io.catalog.domain.events.DomainEvent;

/**
 * Turns one type of domain event into its published form. Each event type has exactly one mapper, a CDI bean;
 * {@link EventMappers} finds them all, so a new event type only needs a new mapper class.
 *
 * @param <E> the domain event type
 */
public interface EventMapper<E extends DomainEvent> {

    /** The domain event type this mapper handles. */
    Class<E> eventType();

    /**
     * The event type's published name, the {@code eventType} of every event it maps: what webhook subscriptions ask
     * for and JMS consumers select on.
     */
    String typeName();

    /** The event's published form; called inside the transaction that raised it. */
    OutgoingEvent map(E event);
}
