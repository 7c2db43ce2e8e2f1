package io.catalog.web.nodes;

import io.catalog.examples.consumer.EventConsumer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The example consumer ({@link EventConsumer}, module {@code examples/event-consumer}) run as the plain Java program it
 * is, with the broker's client, on a durable subscription of its own; what it applied and what it ignored as a
 * duplicate is read from its event log.
 */
final class ExampleConsumer implements AutoCloseable {

    /** A line of the consumer's event log. */
    record Line(boolean applied, String eventId, String store, String aggregateId, long sequence, String type) {

        static Line parse(String line) {
            String[] fields = line.split("\t");
            return new Line(
                    fields[0].equals("applied"), fields[1], fields[2], fields[3], Long.parseLong(fields[4]), fields[5]);
        }
    }

    private final JavaProgram program;
    private final Path state;

    ExampleConsumer(String brokerUrl, String name, Path dir) {
        this.state = dir.resolve("state");
        this.program = new JavaProgram(
                name, dir.resolve("logs"), EventConsumer.class.getName(), brokerUrl, name, state.toString());
    }

    /** Starts it and waits until its durable subscription is made (or found again). */
    void start() throws IOException, InterruptedException {
        program.start("] subscribed", Duration.ofSeconds(60));
    }

    /** Kills it with SIGKILL, as a crash would. */
    void kill() throws InterruptedException {
        program.kill();
    }

    /** Every complete line of its event log, in the order written. */
    List<Line> lines() throws IOException {
        Path log = state.resolve("events.log");
        if (!Files.exists(log)) {
            return List.of();
        }
        String text = Files.readString(log);
        String complete = text.substring(0, text.lastIndexOf('\n') + 1);
        return complete.lines().map(Line::parse).toList();
    }

    @Override
    public void close() throws InterruptedException {
        program.close();
    }
}
