package io.catalog.web.clients;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class OpenApiDocumentsTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void equalDocumentsHaveNoDifferenceWhateverTheOrderOfTheirMembers() {
        assertThat(OpenApiDocuments.differences(
                        "", json("{\"a\": 1, \"b\": {\"c\": [1, 2]}}"), json("{\"b\": {\"c\": [1, 2]}, \"a\": 1}")))
                .isEmpty();
    }

    @Test
    void differencesAreNamedByJsonPointers() {
        JsonObject committed =
                json("{\"paths\": {\"/stores/v1/products\": {}}, \"components\": {\"schemas\": {\"A\": {\"x\": 1}}}}");
        JsonObject served = json("{\"paths\": {\"/stores/v3/products\": {}}, "
                + "\"components\": {\"schemas\": {\"A\": {\"x\": 2}, \"B\": {}}}, \"tags\": [1]}");

        assertThat(OpenApiDocuments.differences("", committed, served))
                .containsExactly(
                        "/components/schemas/A/x: changed",
                        "/components/schemas/B: added",
                        "/paths/~1stores~1v1~1products: removed",
                        "/paths/~1stores~1v3~1products: added",
                        "/tags: added");
    }

    @Test
    void theServerUrlsAreLeftOut() {
        assertThat(OpenApiDocuments.normalised(json("{\"openapi\": \"3.1.0\", \"servers\": [{\"url\": \"x\"}]}")))
                .isEqualTo(json("{\"openapi\": \"3.1.0\"}"));
    }

    @Test
    void theSnapshotFormReadsBackAsTheSameDocument() {
        JsonObject document = json("{\"b\": {\"c\": \"é\"}, \"a\": [1, 2.5]}");

        String pretty = OpenApiDocuments.pretty(document);

        assertThat(json(pretty)).isEqualTo(document);
        assertThat(pretty).endsWith("}\n").contains("\n");
    }
}
