package io.catalog.events.jms;

import io.catalog.events.dispatch.Delivery;
import io.catalog.events.dispatch.EventSink;
import io.catalog.persistence.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Publishes events to the {@code catalog.events} topic ({@link EventTopic}: the server's messaging engine, or the
 * external broker every server shares) as persistent JSON TextMessages (see {@link EventMessages}).
 *
 * <p>It runs outside the dispatcher's database transaction ({@code NOT_SUPPORTED}): a batch's sends are committed to
 * the messaging engine together, in a local transaction of the engine's own, after the relay's claim of the events was
 * committed, and the outbox rows are marked published only afterwards, when the database transaction that holds their
 * locks commits. A crash in between publishes them again when their lease ends (at least once) and never loses one,
 * without a two-phase commit between the database and the messaging engine.
 */
@ApplicationScoped
public class JmsEventSink implements EventSink {

    @Inject
    EventTopic topic;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Delivery deliver(List<OutboxEvent> events) {
        Set<String> delivered = new HashSet<>();
        Map<String, String> failed = new HashMap<>();
        Set<String> stopped = new HashSet<>();
        EventTopic.Publishing publishing = null;
        try (EventTopic.Publishing opened = topic.open()) {
            publishing = opened;
            JMSContext context = opened.context();
            JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            List<String> sent = new ArrayList<>(events.size());
            for (OutboxEvent event : events) {
                if (stopped.contains(event.aggregateKey())) {
                    continue;
                }
                try {
                    producer.send(opened.topic(), message(context, event));
                    sent.add(event.id());
                } catch (JMSRuntimeException | JMSException e) {
                    failed.put(event.id(), e.toString());
                    stopped.add(event.aggregateKey());
                }
            }
            // One commit makes the batch's messages persistent together (a persistent send outside a transaction is
            // a write of the engine's store each); none of them is delivered to a subscriber before it.
            context.commit();
            delivered.addAll(sent);
        } catch (JMSRuntimeException e) {
            // No connection to the messaging engine, or the commit failed: each aggregate's next event counts a
            // failed attempt, and the next batch connects again.
            if (publishing != null) {
                publishing.failed();
            }
            for (OutboxEvent event : events) {
                if (!delivered.contains(event.id()) && stopped.add(event.aggregateKey())) {
                    failed.put(event.id(), e.toString());
                }
            }
        }
        return new Delivery(delivered, failed);
    }

    private static TextMessage message(JMSContext context, OutboxEvent event) throws JMSException {
        TextMessage message = context.createTextMessage(EventMessages.body(event));
        message.setJMSType(event.eventType());
        message.setJMSCorrelationID(event.id());
        message.setStringProperty(EventMessages.EVENT_ID, event.id());
        message.setStringProperty(EventMessages.EVENT_TYPE, event.eventType());
        message.setStringProperty(EventMessages.STORE, event.storeId());
        message.setStringProperty(EventMessages.AGGREGATE_TYPE, event.aggregateType());
        message.setStringProperty(EventMessages.AGGREGATE_ID, event.aggregateId());
        message.setLongProperty(EventMessages.SEQUENCE, event.sequence());
        message.setStringProperty(EventMessages.DIALECT, EventMessages.dialect(event));
        return message;
    }
}
