package io.catalog.events.payload;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.catalog.domain.events.DomainEvent;

/**
 * Every {@link EventMapper}, by the event type it handles. An event without a mapper is an error, not a silent
 * drop: the change that raised it fails rather than commit without its event.
 */
@ApplicationScoped
public class EventMappers {

    private Map<Class<?>, EventMapper<?>> byType;

    protected EventMappers() {
    }

    @Inject
    public EventMappers(@Any Instance<EventMapper<?>> mappers) {
        this((Iterable<EventMapper<?>>) mappers);
    }

    EventMappers(Iterable<EventMapper<?>> mappers) {
        Map<Class<?>, EventMapper<?>> index = new HashMap<>();
        for (EventMapper<?> mapper : mappers) {
            EventMapper<?> other = index.put(mapper.eventType(), mapper);
            if (other != null) {
                throw new IllegalStateException("Two mappers for " + mapper.eventType().getName() + ": "
                        + other.getClass().getName() + " and " + mapper.getClass().getName());
            }
        }
        this.byType = Map.copyOf(index);
    }

    /** The published form of {@code event}. */
    public OutgoingEvent map(DomainEvent event) {
        return mapWith(byType.get(event.getClass()), event);
    }

    @SuppressWarnings("unchecked")
    private static <E extends DomainEvent> OutgoingEvent mapWith(EventMapper<E> mapper, DomainEvent event) {
        if (mapper == null) {
            throw new IllegalStateException("No EventMapper for " + event.getClass().getName()
                    + ": add one so that the event reaches the outbox");
        }
        return mapper.map((E) event);
    }
}
