package io.catalog.domain.application;

import io.catalog.domain.events.DomainEvent;
import java.util.ArrayList;
import java.util.List;

/** Fake of the event port that remembers what was published. */
final class RecordingEventPublisher implements DomainEventPublisher {

    private final List<DomainEvent> published = new ArrayList<>();

    @Override
    public void publish(DomainEvent event) {
        published.add(event);
    }

    List<DomainEvent> published() {
        return List.copyOf(published);
    }

    void clear() {
        published.clear();
    }
}
