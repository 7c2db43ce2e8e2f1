package io.catalog.web.durability;

import io.catalog.web.durability.probe.CrashProbe;
import io.catalog.web.support.MessageDrivenBindings;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The crash probe in a crash-test server: its WAR written where the server's configuration names it
 * ({@code apps/crash-probe.war}), and the file it writes every message it receives to, read as the test needs it.
 * Installing it also removes what an earlier run left: the messaging engine's store (with the probe's durable
 * subscription and any message still held for it) and the probe's file.
 */
final class ProbeInstallation {

    private final Path file;

    private ProbeInstallation(Path file) {
        this.file = file;
    }

    /** Installs the probe in server {@code name} of the runtime {@code wlp}, after removing an earlier run's traces. */
    static ProbeInstallation install(Path wlp, String name) throws IOException {
        Path server = wlp.resolve("usr/servers").resolve(name);
        CrashDurabilityIT.deleteTree(server.resolve("messaging"));
        CrashDurabilityIT.deleteTree(server.resolve("crash-probe"));
        Files.createDirectories(server.resolve("apps"));
        ShrinkWrap.create(WebArchive.class, "crash-probe.war")
                .addClass(CrashProbe.class)
                .addAsWebInfResource(
                        new StringAsset(MessageDrivenBindings.of("CrashProbe", "jms/catalog/test/crashProbe")),
                        "ibm-ejb-jar-bnd.xml")
                .as(ZipExporter.class)
                .exportTo(server.resolve("apps/crash-probe.war").toFile(), true);
        return new ProbeInstallation(server.resolve("crash-probe/events.jsonl"));
    }

    /** Every message envelope the probe wrote so far, in the order received (a redelivered one repeats). */
    List<JsonObject> received() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<JsonObject> envelopes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            // A line is one write of a few hundred bytes; one the kill cut short would be no message the probe
            // acknowledged.
            try (JsonReader reader = Json.createReader(new StringReader(line))) {
                envelopes.add(reader.readObject());
            } catch (JsonException cutShort) {
                // received again after the restart
            }
        }
        return envelopes;
    }
}
