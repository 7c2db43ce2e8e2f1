package io.catalog.persistence.outbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps each aggregate's events in sequence order across dispatchers. Of a claimed batch only the events that may be
 * published now remain: per aggregate, the run of consecutive sequence numbers that starts right after the last
 * published one. An aggregate whose earlier event is still unpublished (claimed by another dispatcher, or waiting
 * for a retry) is left for a later batch, and so is everything after a gap in the batch.
 */
final class PublishOrder {

    private PublishOrder() {}

    /**
     * @param claimed            the batch, in claim order
     * @param withEarlierPending of the first claimed events of some aggregates, the keys of the aggregates that have an
     *                           unpublished event before that one (asked once per batch, and never about an event
     *                           numbered 1: an aggregate's numbers start at 1)
     * @return the events to publish now, grouped by aggregate (in order of first appearance), each group by sequence
     */
    static List<OutboxEvent> publishable(
            List<OutboxEvent> claimed, Function<List<OutboxEvent>, Set<String>> withEarlierPending) {
        Map<String, List<OutboxEvent>> byAggregate = new LinkedHashMap<>();
        claimed.forEach(event -> byAggregate
                .computeIfAbsent(event.aggregateKey(), key -> new ArrayList<>())
                .add(event));
        byAggregate.values().forEach(events -> events.sort(Comparator.comparingLong(OutboxEvent::sequence)));
        List<OutboxEvent> toAsk = byAggregate.values().stream()
                .map(events -> events.get(0))
                .filter(first -> first.sequence() > 1)
                .toList();
        Set<String> heldBack = toAsk.isEmpty() ? Set.of() : withEarlierPending.apply(toAsk);
        List<OutboxEvent> result = new ArrayList<>(claimed.size());
        for (List<OutboxEvent> events : byAggregate.values()) {
            if (heldBack.contains(events.get(0).aggregateKey())) {
                continue;
            }
            long expected = events.get(0).sequence();
            for (OutboxEvent event : events) {
                if (event.sequence() != expected) {
                    break;
                }
                result.add(event);
                expected++;
            }
        }
        return result;
    }
}
