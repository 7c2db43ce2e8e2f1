package io.catalog.examples.consumer;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A subscriber of the catalog's events outside any application server: a plain Java program with ActiveMQ Artemis'
 * Jakarta Messaging client, reading the topic {@code catalog.events} of the broker the catalog's servers publish to.
 *
 * <p>Its subscription is durable (client id and subscription name both {@code name}): the broker keeps the events
 * published while the program is stopped and hands them over when it comes back. Each message is received in a
 * transacted session and acknowledged (committed) only after the event was applied, so a crash between the two
 * receives it again; the catalog itself may publish an event twice after one of its servers crashed. Both come with
 * the same event id, so the program applies an event only if its id is new to it ({@link EventLog}) and counts the
 * rest as duplicates. A product's events arrive in their order (1, 2, 3, ... per product).
 *
 * <pre>java -cp ... io.catalog.examples.consumer.EventConsumer tcp://localhost:61616 my-consumer /var/lib/my-consumer
 * [user password]</pre>
 */
public final class EventConsumer {

    /** The topic the catalog publishes to, a multicast address of the broker. */
    public static final String TOPIC = "catalog.events";

    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);

    private EventConsumer() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3 && args.length != 5) {
            System.err.println("usage: EventConsumer <broker url> <name> <state folder> [<user> <password>]");
            System.exit(2);
        }
        ConnectionFactory factory = new ActiveMQConnectionFactory(args[0]);
        String name = args[1];
        EventLog log = EventLog.open(Path.of(args[2]));
        System.out.println("[consumer " + name + "] " + log.applied() + " events applied before this start");
        while (true) {
            try (JMSContext context = args.length == 5
                    ? factory.createContext(args[3], args[4], JMSContext.SESSION_TRANSACTED)
                    : factory.createContext(JMSContext.SESSION_TRANSACTED)) {
                receive(context, name, log);
            } catch (JMSRuntimeException e) {
                // The broker went away or refused us: connect again, the durable subscription kept our events.
                System.out.println("[consumer " + name + "] " + e + "; connecting again");
                Thread.sleep(RECONNECT_DELAY.toMillis());
            }
        }
    }

    private static void receive(JMSContext context, String name, EventLog log) throws IOException {
        context.setClientID(name);
        try (JMSConsumer consumer = context.createDurableConsumer(context.createTopic(TOPIC), name)) {
            System.out.println("[consumer " + name + "] subscribed");
            while (true) {
                Message message = consumer.receive(1000);
                if (message == null) {
                    continue;
                }
                ReceivedEvent event = ReceivedEvent.of(message);
                if (!log.applyOnce(event)) {
                    System.out.println("[consumer " + name + "] duplicate ignored: " + event);
                }
                // Acknowledged only once applied (and the event log forced to disk).
                context.commit();
            }
        }
    }

    /** What the program reads of a message: the routing properties the catalog sets on every event. */
    record ReceivedEvent(String eventId, String store, String aggregateId, long sequence, String eventType) {

        static ReceivedEvent of(Message message) {
            try {
                return new ReceivedEvent(
                        message.getStringProperty("eventId"),
                        message.getStringProperty("store"),
                        message.getStringProperty("aggregateId"),
                        message.getLongProperty("sequence"),
                        message.getStringProperty("eventType"));
            } catch (JMSException e) {
                throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
            }
        }

        @Override
        public String toString() {
            return eventType + " #" + sequence + " of " + aggregateId + " (" + eventId + ")";
        }
    }
}
