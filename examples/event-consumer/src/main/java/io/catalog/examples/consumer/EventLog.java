package io.catalog.examples.consumer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The program's state: {@code events.log} in its folder, one line per message received, {@code applied} for an event
 * applied (its first arrival) and {@code duplicate} for one whose id was applied before, tab-separated:
 *
 * <pre>applied	eventId	store	aggregateId	sequence	eventType</pre>
 *
 * <p>Applying an event here is writing its line; a real consumer would change its own data and record the event id in
 * the same transaction. Each line is forced to disk before the message is acknowledged; the ids applied are read back
 * at start, so de-duplication survives a restart (a line cut short by a crash is dropped: its message was not
 * acknowledged and comes again).
 */
final class EventLog {

    private final FileChannel file;
    private final Set<String> applied = new HashSet<>();

    private EventLog(FileChannel file) {
        this.file = file;
    }

    static EventLog open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path path = folder.resolve("events.log");
        FileChannel file =
                FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        int complete = text.lastIndexOf('\n') + 1;
        file.truncate(text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length);
        file.position(file.size());
        EventLog log = new EventLog(file);
        for (String line : List.of(text.substring(0, complete).split("\n"))) {
            if (line.startsWith("applied\t")) {
                log.applied.add(line.split("\t")[1]);
            }
        }
        return log;
    }

    int applied() {
        return applied.size();
    }

    /** Applies {@code event} unless its id was applied before; answers whether it did. */
    boolean applyOnce(EventConsumer.ReceivedEvent event) throws IOException {
        boolean first = applied.add(event.eventId());
        String line = String.join(
                        "\t",
                        first ? "applied" : "duplicate",
                        event.eventId(),
                        event.store(),
                        event.aggregateId(),
                        Long.toString(event.sequence()),
                        event.eventType())
                + "\n";
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            file.write(bytes);
        }
        file.force(false);
        return first;
    }
}
