package io.catalog.events.payload;

import io.catalog.domain.events.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every {@link EventMapper}, by the event type it handles. An event without a mapper is an error, not a silent
 * drop: the change that raised it fails rather than commit without its event. The mappers are also the one list of
 * the event types there are ({@link #typeNames()}).
 */
@ApplicationScoped
public class EventMappers {

    private Map<Class<?>, EventMapper<?>> byType;
    private SortedSet<String> typeNames;

    protected EventMappers() {}

    @Inject
    public EventMappers(@Any Instance<EventMapper<?>> mappers) {
        this((Iterable<EventMapper<?>>) mappers);
    }

    EventMappers(Iterable<EventMapper<?>> mappers) {
        Map<Class<?>, EventMapper<?>> index = new HashMap<>();
        Map<String, EventMapper<?>> names = new HashMap<>();
        for (EventMapper<?> mapper : mappers) {
            EventMapper<?> other = index.put(mapper.eventType(), mapper);
            if (other != null) {
                throw new IllegalStateException("Two mappers for "
                        + mapper.eventType().getName() + ": " + other.getClass().getName() + " and "
                        + mapper.getClass().getName());
            }
            other = names.put(mapper.typeName(), mapper);
            if (other != null) {
                throw new IllegalStateException("Two mappers publish " + mapper.typeName() + ": "
                        + other.getClass().getName() + " and "
                        + mapper.getClass().getName());
            }
        }
        this.byType = Map.copyOf(index);
        this.typeNames = Collections.unmodifiableSortedSet(new TreeSet<>(names.keySet()));
    }

    /** The published names of every event type, in alphabetical order. */
    public SortedSet<String> typeNames() {
        return typeNames;
    }

    /** The published form of {@code event}. */
    public OutgoingEvent map(DomainEvent event) {
        return mapWith(byType.get(event.getClass()), event);
    }

    @SuppressWarnings("unchecked")
    private static <E extends DomainEvent> OutgoingEvent mapWith(EventMapper<E> mapper, DomainEvent event) {
        if (mapper == null) {
            throw new IllegalStateException("No EventMapper for "
                    + event.getClass().getName() + ": add one so that the event reaches the outbox");
        }
        return mapper.map((E) event);
    }
}
