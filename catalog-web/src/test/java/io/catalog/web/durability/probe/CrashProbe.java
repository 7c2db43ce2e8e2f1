package io.catalog.web.durability.probe;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Test-only durable subscriber of {@code catalog.events} in the crash test's server: appends every message's JSON
 * envelope as a line to the file {@code catalog.crash.probe.file} names, before the message is acknowledged (when
 * {@code onMessage} returns). The line is in the operating system's hands once written, so it outlives a SIGKILL of
 * the server; a message whose acknowledgement the kill cut is received again after the restart, and its line repeats.
 */
@MessageDriven(
        name = "CrashProbe",
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")
        })
public class CrashProbe implements MessageListener {

    private static final Path FILE =
            Path.of(ConfigProvider.getConfig().getValue("catalog.crash.probe.file", String.class));

    @Override
    public void onMessage(Message message) {
        String line;
        try (JsonReader reader = Json.createReader(new StringReader(((TextMessage) message).getText()))) {
            JsonObject envelope = reader.readObject();
            line = envelope.toString() + "\n";
        } catch (JMSException e) {
            // Not acknowledged: received again.
            throw new IllegalStateException(e);
        }
        append(line);
    }

    private static synchronized void append(String line) {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
