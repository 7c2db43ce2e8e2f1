package io.catalog.events.jms;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The topic {@value #NAME} the events are published to: the server's embedded messaging engine's by default, or an
 * external ActiveMQ Artemis broker's when {@code catalog.events.broker.url} is set (then every server on the database
 * publishes to that one broker, and a product's events reach it in their order whichever server publishes them).
 */
@ApplicationScoped
public class EventTopic {

    private static final Logger LOG = Logger.getLogger(EventTopic.class.getName());

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

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private BrokerConnection broker;

    /**
     * With a broker, connects to it in the background once the application is up: the first connection loads the
     * client's classes and makes the TCP session, which should not wait for the first event (and a broker that cannot
     * be reached is logged at start). A failure here is only logged; each batch connects again if it has to.
     */
    void connectEarly(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        BrokerConnection external = broker();
        if (external == null) {
            return;
        }
        executor.execute(() -> {
            try {
                external.openTransacted().close();
            } catch (JMSRuntimeException e) {
                external.reset();
                LOG.log(
                        Level.WARNING,
                        "The broker at " + brokerUrl.orElse("") + " cannot be reached yet; events wait"
                                + " in the outbox and are published once it can",
                        e);
            }
        });
    }

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
