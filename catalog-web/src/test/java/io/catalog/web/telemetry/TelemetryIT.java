package io.catalog.web.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.ProductBody;
import io.catalog.web.support.TokenIssuer;
import io.catalog.web.telemetry.OtlpReceiver.ExportedSpan;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Telemetry as it ships, turned on by environment variables alone: a server of the build's runtime running the shipped
 * WAR, with {@code OTEL_SDK_DISABLED=false}, its OTLP/HTTP exporter pointed at a receiver in this test, JSON console
 * logs and an open {@code /metrics}. A webhook subscription whose target answers 410 Gone, then a product created:
 * the request's trace holds the server's span and, as its child, the use case's transaction span; the outbox relay's
 * batch and the webhook attempt are spans too; the recording of the 410 logs a JSON line carrying the trace id of its
 * span. The catalog's metrics arrive over OTLP beside the server's request latency, and the Prometheus endpoint shows
 * the outbox lag and the webhook backlog at sane values once the event has left. Runs on the H2 pass only (the
 * telemetry does not depend on the database).
 */
class TelemetryIT {

    private static final String SERVICE = "catalog-telemetry-it";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aRequestIsTracedThroughItsTransactionAndTheOutboxAndTheMetricsAreExportedAndScraped() throws Exception {
        assumeTrue(
                "h2".equals(System.getProperty("catalog.it.database", "h2")),
                "telemetry is checked on the H2 pass only");
        Path dir = Path.of(System.getProperty("catalog.it.telemetry.dir", "target/it-telemetry"));
        Path wlp = Path.of(System.getProperty("catalog.it.wlp", "target/liberty/wlp"));
        String name = System.getProperty("catalog.it.telemetry.server", "catalog-it-telemetry");
        TokenIssuer tokens = TokenIssuer.inFolder(Path.of(System.getProperty("catalog.it.jwt.dir", "target/it-jwt")));
        try (OtlpReceiver otlp = new OtlpReceiver();
                TelemetryServer server = new TelemetryServer(wlp, name, dir.resolve("logs/console.log"))) {
            server.start(
                    Map.of(
                            "OTEL_SDK_DISABLED", "false",
                            "OTEL_SERVICE_NAME", SERVICE,
                            "OTEL_EXPORTER_OTLP_ENDPOINT", otlp.endpoint(),
                            "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                            "OTEL_METRIC_EXPORT_INTERVAL", "1000",
                            "OTEL_BSP_SCHEDULE_DELAY", "200",
                            "WLP_LOGGING_CONSOLE_FORMAT", "JSON",
                            "METRICS_AUTHENTICATION", "false",
                            "CATALOG_METRICS_SAMPLE_INTERVAL", "PT0.5S"),
                    Duration.ofSeconds(240));
            String storeId = "telemetry-" + UUID.randomUUID();
            Api store = Api.at(server.base())
                    .withToken(tokens.token(storeId, List.of(CatalogIT.READ, CatalogIT.MODIFY), Duration.ofHours(1)));
            Api.Response subscribed = store.post(
                    "/stores/v1/webhooks/subscriptions",
                    Json.createObjectBuilder()
                            .add(
                                    "subscription",
                                    Json.createObjectBuilder()
                                            .add("targetUrl", otlp.url(OtlpReceiver.GONE))
                                            .add("format", "standard"))
                            .build()
                            .toString());
            assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(200);
            Api.Response created = store.post(
                    "/stores/v1/products", ProductBody.named("traced").price(4).json());
            assertThat(created.status()).as(created.body()).isEqualTo(200);
            String productPath = "/stores/v1/products/"
                    + created.json().getJsonObject("product").getString("id");
            for (int read = 0; read < 3; read++) {
                Api.Response product = store.get(productPath);
                assertThat(product.status()).as(product.body()).isEqualTo(200);
            }

            ExportedSpan request = await(
                    "the create request's server span",
                    () -> otlp.spans().stream()
                            .filter(span -> span.kind() == 2 && span.name().equals("POST /stores/v1/products"))
                            .findFirst());
            ExportedSpan transaction = await(
                    "its transaction span",
                    () -> otlp.spans().stream()
                            .filter(span -> span.name().equals("catalog.transaction")
                                    && span.traceId().equals(request.traceId()))
                            .findFirst());
            assertThat(transaction.parentSpanId()).isEqualTo(request.spanId());
            await("the outbox relay's batch span", () -> named(otlp, "catalog.outbox.publish"));
            ExportedSpan attempt = await("the webhook attempt's span", () -> named(otlp, "catalog.webhook.attempt"));
            assertThat(attempt.kind()).isEqualTo(3);
            ExportedSpan recording = await("the attempt's recording span", () -> named(otlp, "catalog.webhook.record"));
            assertThat(otlp.spans())
                    .allSatisfy(span -> assertThat(span.service()).isEqualTo(SERVICE));

            JsonObject logged = await(
                    "a JSON log line about the 410",
                    () -> logLines(server.log()).stream()
                            .filter(line -> line.getString("message", "").contains("answered 410"))
                            .findFirst());
            assertThat(logged.getString("ext_traceId", null)).as("%s", logged).isEqualTo(recording.traceId());
            assertThat(logged.getString("ext_spanId", null)).isEqualTo(recording.spanId());

            for (String metric : List.of(
                    "catalog.outbox.lag",
                    "catalog.webhook.backlog",
                    "catalog.outbox.published",
                    "catalog.webhook.dead_letters",
                    "catalog.product_cache.hits",
                    "http.server.request.duration")) {
                await(
                        "the metric " + metric + " over OTLP",
                        () -> Optional.of(otlp.metricNames()).filter(names -> names.contains(SERVICE + "/" + metric)));
            }

            String scraped = await("a scrape with the event published and its delivery dead-lettered", () -> {
                String text = scrape(server);
                return Optional.of(text)
                        .filter(t -> value(t, "catalog_outbox_published_total") >= 1
                                && value(t, "catalog_webhook_dead_letters_total") >= 1
                                && value(t, "catalog_webhook_backlog") == 0
                                && value(t, "catalog_outbox_lag_seconds") == 0);
            });
            assertThat(value(scraped, "catalog_outbox_publish_failures_total")).isZero();
            assertThat(value(scraped, "catalog_webhook_retries_total")).isZero();
            assertThat(value(scraped, "catalog_product_cache_misses_total")).isGreaterThanOrEqualTo(0);
            assertThat(value(scraped, "catalog_product_cache_hits_total")).isGreaterThanOrEqualTo(1);
            assertThat(scraped).contains("# TYPE catalog_outbox_lag_seconds gauge");
            // What was seen, for the record (docs/telemetry.md shows it).
            Files.writeString(dir.resolve("metrics.txt"), scraped);
            Files.write(
                    dir.resolve("otlp-metrics.txt"),
                    otlp.metricNames().stream().distinct().sorted().toList());
            Files.write(
                    dir.resolve("spans.txt"),
                    otlp.spans().stream().map(ExportedSpan::toString).toList());
        }
    }

    private static Optional<ExportedSpan> named(OtlpReceiver otlp, String name) {
        return otlp.spans().stream().filter(span -> span.name().equals(name)).findFirst();
    }

    private static String scrape(TelemetryServer server) throws IOException, InterruptedException {
        HttpResponse<String> metrics = server.get("metrics");
        assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
        return metrics.body();
    }

    /** The value of the first sample of {@code name} (with or without labels), or -1 when there is none. */
    static double value(String prometheus, String name) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? (\\S+)")
                .matcher(prometheus);
        return sample.find() ? Double.parseDouble(sample.group(1)) : -1;
    }

    private static List<JsonObject> logLines(Path log) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("{"))
                .map(line -> {
                    try (JsonReader reader = Json.createReader(new StringReader(line))) {
                        return reader.readObject();
                    } catch (RuntimeException e) {
                        return Json.createObjectBuilder().build();
                    }
                })
                .toList();
    }

    private static <T> T await(String what, Callable<Optional<T>> probe) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            Optional<T> found = probe.call();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no " + what + " within " + PATIENCE);
            }
            Thread.sleep(250);
        }
    }
}
