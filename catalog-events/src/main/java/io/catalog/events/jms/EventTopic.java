package io.catalog.events.jms;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The topic {@value #NAME} the events are published to: the server's embedded messaging engine's by default, or an
 * external ActiveMQ Artemis broker's when {@code catalog.events.broker.url} is set (then every server on the database
 * publishes to that one broker, and a product's events reach it in their order whichever server publishes them).
 */
@ApplicationScoped
public class EventTopic {

    /** The topic's name, on the embedded engine (its {@code topicName}) and on the broker (its multicast address). */
    public static final String NAME = "catalog.events";

    @Resource(lookup = "jms/catalog/connectionFactory")
    ConnectionFactory engine;

    @Resource(lookup = "jms/catalog/events")
    Topic engineTopic;

    /** An Artemis URL, e.g. {@code tcp://broker:61616}; empty or absent publishes to the embedded engine. */
    @Inject
    @ConfigProperty(name = "catalog.events.broker.url")
    Optional<String> brokerUrl;

    @Inject
    @ConfigProperty(name = "catalog.events.broker.user")
    Optional<String> brokerUser;

    @Inject
    @ConfigProperty(name = "catalog.events.broker.password")
    Optional<String> brokerPassword;

    private BrokerConnection broker;

    /** A transacted context to send one batch in, with the topic to send to; the caller closes it. */
    public Publishing open() {
        BrokerConnection external = broker();
        if (external == null) {
            return new Publishing(engine.createContext(JMSContext.SESSION_TRANSACTED), engineTopic, () -> {});
        }
        JMSContext context;
        try {
            context = external.openTransacted();
        } catch (JMSRuntimeException e) {
            external.reset();
            throw e;
        }
        return new Publishing(context, context.createTopic(NAME), external::reset);
    }

    /** Whether events go to an external broker rather than to the embedded engine. */
    public boolean external() {
        return brokerUrl.filter(url -> !url.isBlank()).isPresent();
    }

    private synchronized BrokerConnection broker() {
        if (broker == null && external()) {
            broker = new BrokerConnection(
                    brokerUrl.orElseThrow().trim(), brokerUser.orElse(null), brokerPassword.orElse(null));
        }
        return broker;
    }

    @PreDestroy
    synchronized void close() {
        if (broker != null) {
            broker.reset();
        }
    }

    /**
     * One batch's transacted context and the topic. {@link #failed()} after a failure drops the connection to the
     * broker, so the next batch connects again (after a broker restart, say).
     */
    public record Publishing(JMSContext context, Topic topic, Runnable onFailure) implements AutoCloseable {

        public void failed() {
            onFailure.run();
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
