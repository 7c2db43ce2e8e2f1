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

    /**
     * Whether this mapper gives the event's V3 form ({@code wix.stores.catalog.v3.*}), recorded beside its v1 form and
     * only for stores that want V3 events; a domain event type has at most one v1 and one V3 mapper.
     */
    default boolean v3() {
        return false;
    }

    /** Whether {@code event} has a published form here at all (a change of no V3 field has no V3 form). */
    default boolean publishes(E event) {
        return true;
    }
}
