package io.catalog.events.dispatch;

import java.util.Map;
import java.util.Set;

/**
 * What a sink did with a batch.
 *
 * @param delivered ids of the events delivered
 * @param failed    ids of the events whose delivery failed, with the reason; events in neither stay pending
 */
public record Delivery(Set<String> delivered, Map<String, String> failed) {

    public Delivery {
        delivered = Set.copyOf(delivered);
        failed = Map.copyOf(failed);
    }
}
