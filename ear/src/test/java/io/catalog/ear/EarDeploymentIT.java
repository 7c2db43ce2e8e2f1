package io.catalog.ear;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.catalog.web.support.Api;
import io.catalog.web.support.TokenIssuer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that the EAR the build just packaged is a working deployment: each jar is packaged once, and on a real
 * Open Liberty, run with the shipped server configuration and started and stopped by its own {@code bin/server}
 * script, the catalog becomes ready, publishes its OpenAPI document, and a product it stored is still there, unchanged,
 * after a server restart (the default H2 file database keeps it).
 */
class EarDeploymentIT {

    private static final Path EAR = Path.of(System.getProperty("catalog.it.ear", "target/catalog.ear"));
    private static final Path WLP = Path.of(System.getProperty("catalog.it.wlp", "target/liberty/wlp"));
    private static final String SERVER = System.getProperty("catalog.it.server", "catalog-ear-it");
    private static final URI BASE =
            URI.create("http://localhost:" + System.getProperty("catalog.it.http.port", "19280") + "/");
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private static Api api;

    @BeforeAll
    static void startServer() throws Exception {
        // The key pair must exist before the server starts: the server trusts its public half.
        TokenIssuer tokens = TokenIssuer.inFolder(Path.of(System.getProperty("catalog.it.jwt.dir", "target/it-jwt")));
        api = Api.at(BASE)
                .withToken(
                        tokens.token("ear-it-store", List.of("READ_PRODUCTS", "MODIFY_PRODUCTS"), Duration.ofHours(1)));
        start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server("stop"); // also after a failure; exit code 1 only means it was not running
    }

    /**
     * The WAR carries its libraries and the EAR adds none, so no jar is there twice. (A copy in the EAR's
     * {@code lib/} would be named {@code groupId-artifactId-version.jar}: comparing file names would miss it.)
     */
    @Test
    void packagesEachJarOnce() throws IOException {
        List<String> earJars;
        List<String> warJars = new ArrayList<>();
        try (ZipFile ear = new ZipFile(EAR.toFile())) {
            earJars = ear.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> name.endsWith(".jar"))
                    .toList();
            try (ZipInputStream war = new ZipInputStream(ear.getInputStream(ear.getEntry("catalog.war")))) {
                for (ZipEntry entry = war.getNextEntry(); entry != null; entry = war.getNextEntry()) {
                    if (entry.getName().startsWith("WEB-INF/lib/")
                            && entry.getName().endsWith(".jar")) {
                        warJars.add(entry.getName());
                    }
                }
            }
        }

        assertThat(warJars).anyMatch(jar -> jar.contains("catalog-domain"));
        assertThat(earJars).as("jars beside the WAR, which holds %s", warJars).isEmpty();
    }

    @Test
    void publishesTheOpenApiDocument() {
        Api.Response openApi = api.get("/openapi");

        assertThat(openApi.status()).as("%s", openApi).isEqualTo(200);
        assertThat(openApi.body()).contains("/stores/v1/products");
        assertThat(openApi.body())
                .as("the benchmark-only endpoint is undocumented")
                .doesNotContain("benchmark");
    }

    @Test
    void benchmarkCeilingIsOffInTheShippedConfiguration() {
        Api.Response ceiling = api.get("/stores/v1/benchmark/ceiling?bytes=100");

        assertThat(ceiling.status()).as("%s", ceiling).isEqualTo(404);
    }

    @Test
    void productSurvivesARestart() throws Exception {
        Api.Response created = api.post("/stores/v1/products", """
                {"product": {"name": "Restart proof", "priceData": {"price": 12.5}}}""");
        assertThat(created.status()).as("%s", created).isEqualTo(200);
        String id = created.json().getJsonObject("product").getString("id");
        JsonObject before = read(id);

        succeed("stop");
        start();

        JsonObject after = read(id);
        assertThat(after.getString("id")).isEqualTo(before.getString("id")).isEqualTo(id);
        assertThat(after.getString("name")).isEqualTo(before.getString("name")).isEqualTo("Restart proof");
        assertThat(price(after)).isEqualByComparingTo(price(before)).isEqualByComparingTo("12.5");
    }

    /**
     * An event whose webhook delivery failed before the server stopped is delivered by the restarted server (its
     * first retry is due 40 s later), with the same {@code webhook-id}: undelivered events outlive the process that
     * committed them.
     */
    @Test
    void webhookDeliveriesPendingAtShutdownAreMadeAfterRestart() throws Exception {
        AtomicInteger answer = new AtomicInteger(503);
        List<Hit> hits = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        receiver.createContext("/hook", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int status = answer.get();
                hits.add(new Hit(exchange.getRequestHeaders().getFirst("webhook-id"), status, body, Instant.now()));
                exchange.sendResponseHeaders(status, -1);
            }
        });
        receiver.start();
        try {
            Api.Response subscribed = api.post("/stores/v1/webhooks/subscriptions", """
                    {"subscription": {"targetUrl": "http://127.0.0.1:%d/hook", "format": "standard"}}""".formatted(
                            receiver.getAddress().getPort()));
            assertThat(subscribed.status()).as("%s", subscribed).isBetween(200, 201);
            Api.Response created =
                    api.post("/stores/v1/products", "{\"product\": {\"name\": \"Delivered after restart\"}}");
            assertThat(created.status()).as("%s", created).isEqualTo(200);
            String productId = created.json().getJsonObject("product").getString("id");

            Hit refused = awaitHit(hits, productId, 503);
            answer.set(200);
            succeed("stop");
            start();
            Instant restarted = Instant.now();

            Hit delivered = awaitHit(hits, productId, 200);
            assertThat(delivered.webhookId())
                    .as("the same webhook-id on every try")
                    .isEqualTo(refused.webhookId());
            assertThat(delivered.at()).as("delivered by the restarted server").isAfter(restarted);
            assertThat(hits)
                    .filteredOn(h -> h.status() == 200 && h.body().contains(productId))
                    .hasSize(1);
        } finally {
            receiver.stop(0);
        }
    }

    /** A webhook request the test's receiver got, and how it answered. */
    private record Hit(String webhookId, int status, String body, Instant at) {}

    private static Hit awaitHit(List<Hit> hits, String productId, int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
        while (Instant.now().isBefore(deadline)) {
            for (Hit hit : hits) {
                if (hit.status() == status && hit.body().contains(productId)) {
                    return hit;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no delivery of " + productId + " answered " + status + " within 150 s; got: "
                + hits.stream().map(h -> h.status() + " " + h.body()).toList());
    }

    private static JsonObject read(String id) {
        Api.Response response = api.get("/stores/v1/products/" + id);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    private static BigDecimal price(JsonObject product) {
        return product.getJsonObject("priceData").getJsonNumber("price").bigDecimalValue();
    }

    private static void start() throws Exception {
        succeed("start");
        awaitReady();
    }

    private static void succeed(String action) throws IOException, InterruptedException {
        assertThat(server(action))
                .as("exit code of bin/server %s %s; its output:%n%s", action, SERVER, Files.readString(output(action)))
                .isZero();
    }

    /** Runs {@code bin/server <action> <server>} with this JVM's Java and answers its exit code. */
    private static int server(String action) throws IOException, InterruptedException {
        ProcessBuilder command = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, SERVER)
                .redirectErrorStream(true)
                .redirectOutput(output(action).toFile());
        command.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = command.start();
        if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bin/server " + action + " did not end within " + COMMAND_TIMEOUT);
        }
        return process.exitValue();
    }

    private static Path output(String action) {
        return WLP.resolveSibling("server-" + action + ".log");
    }

    private static void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                Api.Response ready = Api.at(BASE).get("/health/ready");
                if (ready.status() == 200) {
                    return;
                }
                last = ready.toString();
            } catch (IllegalStateException notListening) {
                last = notListening.getCause() == null
                        ? notListening.toString()
                        : notListening.getCause().toString();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not ready within " + READY_TIMEOUT + " at " + BASE + "health/ready; last: " + last
                + "; see " + WLP.resolve("usr/servers/" + SERVER + "/logs/messages.log"));
    }
}
