package io.catalog.web.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.CatalogIT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The API contract is committed: {@code catalog-web/src/main/openapi/catalog-openapi.json} is the document the server
 * serves at {@code /openapi}, less what depends on where it runs (the server URLs). The generated clients of the build
 * are generated from it, and integrators can generate theirs from it without a running server. Run with
 * {@code -Dopenapi.snapshot.update=true} (scripts/openapi-snapshot.sh) this test writes the served document into the
 * snapshot instead of failing. The document does not depend on the database: the embedded-database run only.
 */
@EnabledIfSystemProperty(named = "catalog.it.database", matches = "h2")
class OpenApiSnapshotIT extends CatalogIT {

    static final String REFRESH = "scripts/openapi-snapshot.sh";

    @Test
    void theServedDocumentIsTheCommittedSnapshot() throws IOException {
        Path snapshot = snapshotFile();
        JsonObject served = normalised(anonymous()
                .withHeader("Accept", "application/json")
                .get("/openapi")
                .json()
                .asJsonObject());

        JsonObject committed = Files.exists(snapshot) ? read(snapshot) : null;
        if (Boolean.getBoolean("openapi.snapshot.update")) {
            if (!served.equals(committed)) {
                Files.createDirectories(snapshot.getParent());
                Files.writeString(snapshot, pretty(served), StandardCharsets.UTF_8);
                System.out.println("[INFO] OpenAPI snapshot written: " + snapshot);
            } else {
                System.out.println("[INFO] OpenAPI snapshot already up to date: " + snapshot);
            }
            return;
        }
        assertThat(committed)
                .as(
                        "The document served at /openapi differs from the committed snapshot %s. If the change of the API "
                                + "is meant, refresh the snapshot with %s (or ./mvnw -pl catalog-web -am verify "
                                + "-Dit.test=OpenApiSnapshotIT -Dopenapi.snapshot.update=true), review the diff and commit it.",
                        snapshot, REFRESH)
                .isEqualTo(served);
    }

    /** The served document without the server URLs, which name the host and port of the server that answered. */
    static JsonObject normalised(JsonObject document) {
        return Json.createObjectBuilder(document).remove("servers").build();
    }

    static Path snapshotFile() {
        return Path.of(System.getProperty("catalog.openapi.snapshot", "src/main/openapi/catalog-openapi.json"));
    }

    private static JsonObject read(Path file) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    private static String pretty(JsonValue document) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.write(document);
        }
        return out.toString().strip() + "\n";
    }
}
