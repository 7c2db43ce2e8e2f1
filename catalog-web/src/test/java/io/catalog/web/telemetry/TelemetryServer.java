package io.catalog.web.telemetry;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Liberty server of the build's runtime run as a child process ({@code server run}) with environment variables of
 * the test's choosing, and HTTP, HTTPS and messaging ports free when it starts. Its console goes to {@link #log()}.
 */
final class TelemetryServer implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path wlp;
    private final String name;
    private final Path log;
    private final int httpPort;
    private final int httpsPort;
    private final int jmsPort;
    private Process process;

    TelemetryServer(Path wlp, String name, Path log) throws IOException {
        this.wlp = wlp;
        this.name = name;
        this.log = log;
        this.httpPort = freePort();
        this.httpsPort = freePort();
        this.jmsPort = freePort();
    }

    URI base() {
        return URI.create("http://localhost:" + httpPort + "/");
    }

    Path log() {
        return log;
    }

    /** Starts the server with {@code environment} added to this process's and waits until it answers ready. */
    void start(Map<String, String> environment, Duration patience) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("HTTP_PORT", Integer.toString(httpPort));
        builder.environment().put("HTTPS_PORT", Integer.toString(httpsPort));
        builder.environment().put("JMS_PORT", Integer.toString(jmsPort));
        process = builder.start();
        Instant deadline = Instant.now().plus(patience);
        while (status(base().resolve("health/ready")) != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "server " + name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("server " + name + " not ready after " + patience + "; see " + log);
            }
            Thread.sleep(500);
        }
    }

    /** GET {@code path}: its status and body. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(base().resolve(path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Stops the server (SIGTERM, Liberty's orderly stop), at most a minute; then kills it. */
    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.toHandle().destroy();
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.toHandle().destroyForcibly();
        }
    }

    private static int status(URI uri) throws InterruptedException {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
