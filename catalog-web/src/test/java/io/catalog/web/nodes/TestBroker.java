package io.catalog.web.nodes;

import java.nio.file.Path;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * The ActiveMQ Artemis broker of {@link ThreeNodesIT}, run by the test as a program of its own (a JVM apart from the
 * test's and the servers'): Artemis' broker with a persistent journal (each transaction synced to disk before it is
 * acknowledged, Artemis' default), one acceptor on 127.0.0.1 for Artemis' core protocol, no security, addresses and
 * subscription queues created on use. The distribution's {@code artemis create} makes the same broker with more
 * acceptors (AMQP, STOMP, MQTT, OpenWire) and a login.
 *
 * <pre>java -cp ... io.catalog.web.nodes.TestBroker 61616 /tmp/broker-data</pre>
 */
public final class TestBroker {

    /** What the broker prints once it accepts connections. */
    static final String STARTED = "[broker] started";

    private TestBroker() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]);
        Configuration configuration = new ConfigurationImpl()
                .setName("catalog-test-broker")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(data.resolve("journal").toString())
                .setBindingsDirectory(data.resolve("bindings").toString())
                .setPagingDirectory(data.resolve("paging").toString())
                .setLargeMessagesDirectory(data.resolve("large-messages").toString())
                .addAcceptorConfiguration("core", "tcp://127.0.0.1:" + port + "?protocols=CORE");
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(configuration);
        broker.start();
        System.out.println(STARTED + " on port " + port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.stop();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        Thread.currentThread().join();
    }
}
