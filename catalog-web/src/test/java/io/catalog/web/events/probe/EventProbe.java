package io.catalog.web.events.probe;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * Test-only subscriber of the {@code catalog.events} topic: records every message it receives, in arrival order.
 * Its activation spec ({@code jms/catalog/test/eventsProbe}, in the test servers' configuration) subscribes durably
 * through the messaging engine's TCP port, as a client outside the server would.
 */
@MessageDriven(
        name = "EventProbe",
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")
        })
public class EventProbe implements MessageListener {

    @Override
    public void onMessage(Message message) {
        try {
            JsonObjectBuilder received = Json.createObjectBuilder()
                    .add("eventId", message.getStringProperty("eventId"))
                    .add("eventType", message.getStringProperty("eventType"))
                    .add("store", message.getStringProperty("store"))
                    .add("aggregateType", message.getStringProperty("aggregateType"))
                    .add("aggregateId", message.getStringProperty("aggregateId"))
                    .add("sequence", message.getLongProperty("sequence"))
                    .add("dialect", String.valueOf(message.getStringProperty("dialect")))
                    .add("correlationId", message.getJMSCorrelationID())
                    .add("jmsType", message.getJMSType())
                    .add("body", ((TextMessage) message).getText());
            ReceivedEvents.add(received.build());
        } catch (JMSException | RuntimeException e) {
            ReceivedEvents.add(
                    Json.createObjectBuilder().add("error", String.valueOf(e)).build());
        }
    }
}
