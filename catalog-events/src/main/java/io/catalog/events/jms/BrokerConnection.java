package io.catalog.events.jms;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * One connection to an external ActiveMQ Artemis broker, kept open and shared by the batches (each sends in a
 * transacted context of its own on it), and opened again after a failure. Artemis' Jakarta Messaging client is used
 * directly, not through a resource adapter: the server needs nothing configured but the URL.
 */
final class BrokerConnection {

    private static final Logger LOG = Logger.getLogger(BrokerConnection.class.getName());

    private final String url;
    private final String user;
    private final String password;
    private ActiveMQConnectionFactory factory;
    private JMSContext connection;

    BrokerConnection(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** A new transacted context on the kept connection, opening it first when there is none. */
    synchronized JMSContext openTransacted() {
        if (connection == null) {
            if (factory == null) {
                factory = new ActiveMQConnectionFactory(url);
            }
            connection = user == null
                    ? factory.createContext(JMSContext.SESSION_TRANSACTED)
                    : factory.createContext(user, password, JMSContext.SESSION_TRANSACTED);
            LOG.info("Publishing events to the topic " + EventTopic.NAME + " of the broker at " + url);
        }
        return connection.createContext(JMSContext.SESSION_TRANSACTED);
    }

    /** Closes the kept connection (after a failure, or at shutdown); the next batch opens a new one. */
    synchronized void reset() {
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSRuntimeException e) {
                LOG.log(Level.FINE, "Closing the broker connection failed", e);
            }
            connection = null;
        }
    }
}
