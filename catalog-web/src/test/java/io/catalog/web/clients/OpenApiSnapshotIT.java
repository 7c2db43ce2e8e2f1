package io.catalog.web.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.catalog.web.support.CatalogIT;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        Path snapshot =
                Path.of(System.getProperty("catalog.openapi.snapshot", "src/main/openapi/catalog-openapi.json"));
        JsonObject served = OpenApiDocuments.normalised(anonymous()
                .withHeader("Accept", "application/json")
                .get("/openapi")
                .json()
                .asJsonObject());

        JsonObject committed = Files.exists(snapshot) ? OpenApiDocuments.read(snapshot) : null;
        if (Boolean.getBoolean("openapi.snapshot.update")) {
            if (!served.equals(committed)) {
                Files.createDirectories(snapshot.getParent());
                Files.writeString(snapshot, OpenApiDocuments.pretty(served), StandardCharsets.UTF_8);
                System.out.println("[INFO] OpenAPI snapshot written: " + snapshot);
            } else {
                System.out.println("[INFO] OpenAPI snapshot already up to date: " + snapshot);
            }
            return;
        }
        assertThat(committed)
                .as("the committed snapshot %s; create it with %s", snapshot, REFRESH)
                .isNotNull();
        List<String> differences = OpenApiDocuments.differences("", committed, served);
        if (!differences.isEmpty()) {
            Path written = Path.of(System.getProperty("catalog.openapi.served", "target/openapi-served.json"));
            Files.createDirectories(written.toAbsolutePath().getParent());
            Files.writeString(written, OpenApiDocuments.pretty(served), StandardCharsets.UTF_8);
            fail(
                    "The document served at /openapi differs from the committed snapshot %s (the served one is in %s):%n"
                            + "  %s%nIf the change of the API is meant, refresh the snapshot with %s, review the diff and commit "
                            + "it (docs/clients.md).",
                    snapshot,
                    written,
                    String.join(
                            System.lineSeparator() + "  ", differences.subList(0, Math.min(differences.size(), 40))),
                    REFRESH);
        }
    }
}
