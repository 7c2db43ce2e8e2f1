package io.catalog.web.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped server configuration runs the telemetry features but turns nothing on: no OpenTelemetry setting (so the
 * SDK stays disabled, Liberty's default, and nothing is exported anywhere), and {@code /metrics} closed unless the
 * operator opens it.
 */
class ShippedTelemetryConfigurationTest {

    private static final Path CONFIG = Path.of("src/main/liberty/config");

    @Test
    void theServerRunsTelemetryAndMetricsFeatures() throws IOException {
        String server = Files.readString(CONFIG.resolve("server.xml"));
        assertThat(server)
                .contains("<feature>mpTelemetry-2.1</feature>")
                .contains("<feature>mpMetrics-5.1</feature>")
                .contains("<mpMetrics authentication=\"${metrics.authentication}\"/>");
        assertThat(server)
                .containsPattern(Pattern.compile("<variable name=\"metrics.authentication\" defaultValue=\"true\"/>"));
    }

    @Test
    void noOpenTelemetrySettingShips() throws IOException {
        try (var files = Files.list(CONFIG)) {
            for (Path file : files.toList()) {
                // Comments may say how to turn it on; settings may not.
                String settings =
                        Files.readString(file).replaceAll("(?s)<!--.*?-->", "").replaceAll("(?m)^#.*$", "");
                assertThat(settings)
                        .as(file.toString())
                        .doesNotContainIgnoringCase("otel.")
                        .doesNotContainIgnoringCase("OTEL_");
            }
        }
    }
}
