package io.catalog.events.dispatch;

import io.catalog.persistence.outbox.OutboxEvent;
import java.util.List;

/**
 * A destination of the events published from the outbox (the JMS topic; the webhook fan-out). Every sink
 * that is a CDI bean receives every event. An event counts as published once every sink delivered it; an event a
 * sink failed is offered to every sink again later, so sinks see it at least once and de-duplicate by its id.
 */
public interface EventSink {

    /**
     * Delivers {@code events} in list order; they are grouped by aggregate, each group in sequence order. After an
     * event fails, the later events of its aggregate must not be delivered in this call (they stay pending).
     */
    Delivery deliver(List<OutboxEvent> events);
}
