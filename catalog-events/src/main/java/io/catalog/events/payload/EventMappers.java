package io.catalog.events.payload;

import io.catalog.domain.events.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every {@link EventMapper}, by the event type it handles. An event without a mapper is an error, not a silent
 * drop: the change that raised it fails rather than commit without its event. A type may also have a V3 mapper
 * ({@link EventMapper#v3()}), whose form is recorded beside the v1 one for the stores that want it. The mappers are
 * also the one list of the event types there are ({@link #typeNames()}).
 */
@ApplicationScoped
public class EventMappers {

    private Map<Class<?>, EventMapper<?>> byType;
    private Map<Class<?>, EventMapper<?>> v3ByType;
    private SortedSet<String> typeNames;

    protected EventMappers() {}

    @Inject
    public EventMappers(@Any Instance<EventMapper<?>> mappers) {
        this((Iterable<EventMapper<?>>) mappers);
    }

    /** The index of {@code mappers}, as the container makes it of every mapper bean. */
    public EventMappers(Iterable<EventMapper<?>> mappers) {
        Map<Class<?>, EventMapper<?>> index = new HashMap<>();
        Map<Class<?>, EventMapper<?>> v3Index = new HashMap<>();
        Map<String, EventMapper<?>> names = new HashMap<>();
        for (EventMapper<?> mapper : mappers) {
            EventMapper<?> other = (mapper.v3() ? v3Index : index).put(mapper.eventType(), mapper);
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
        this.v3ByType = Map.copyOf(v3Index);
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

    /** Whether events of {@code event}'s type have a V3 form. */
    public boolean hasV3(DomainEvent event) {
        return v3ByType.containsKey(event.getClass());
    }

    /** The V3 form of {@code event}; empty when its type has none, or when this event has none (see EventMapper). */
    public Optional<OutgoingEvent> mapV3(DomainEvent event) {
        EventMapper<?> mapper = v3ByType.get(event.getClass());
        return mapper == null ? Optional.empty() : mapIfPublished(mapper, event);
    }

    @SuppressWarnings("unchecked")
    private static <E extends DomainEvent> Optional<OutgoingEvent> mapIfPublished(
            EventMapper<E> mapper, DomainEvent event) {
        return mapper.publishes((E) event) ? Optional.of(mapper.map((E) event)) : Optional.empty();
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
