package io.catalog.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real failures of the HTTP client the sender uses, against sockets on this machine, each described in plain words
 * that name no exception class.
 */
class AttemptFailuresTest {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final AttemptFailures failures = new AttemptFailures(REQUEST_TIMEOUT, CONNECT_TIMEOUT);
    private ServerSocket server;
    private Thread serving;

    @BeforeEach
    void openServer() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void closeServer() throws Exception {
        server.close();
        if (serving != null) {
            serving.join(5_000);
        }
    }

    @Test
    void aClosedPortIsAConnectionRefused() throws IOException {
        int port = server.getLocalPort();
        server.close();

        assertThat(failureOf("http://127.0.0.1:" + port + "/hooks")).isEqualTo("connection refused");
    }

    @Test
    void aTargetThatNeverAnswersTimesOutAfterTheRequestTimeout() {
        serve(socket -> sleep(3_000));

        assertThat(failureOf(local("http"))).isEqualTo("timed out after 1 s");
    }

    @Test
    void aTargetThatClosesWithoutAnAnswerIsSaidSo() {
        serve(socket -> socket.getInputStream().read(new byte[1024]));

        assertThat(failureOf(local("http"))).isEqualTo("connection closed before an answer");
    }

    @Test
    void aTargetThatDoesNotSpeakTlsFailsTheHandshake() {
        serve(socket -> {
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            sleep(500);
        });

        assertThat(failureOf(local("https"))).isEqualTo("TLS handshake failed");
    }

    @Test
    void aHostThatDoesNotResolveIsAnUnknownHost() {
        assertThat(failureOf("http://no-such-host.invalid/hooks")).isEqualTo("unknown host");
    }

    @Test
    void theConnectTimeoutIsNamedWithItsDuration() {
        assertThat(failures.describe(new CompletionException(new java.net.http.HttpConnectTimeoutException("x"))))
                .isEqualTo("connection timed out after 2 s");
    }

    private String failureOf(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        Throwable failure = client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> error).join();
        assertThat(failure).as("the attempt failed").isNotNull();
        String text = failures.describe(failure);
        assertThat(text).doesNotContain("Exception").doesNotContain("java.");
        return text;
    }

    private String local(String scheme) {
        return scheme + "://127.0.0.1:" + server.getLocalPort() + "/hooks";
    }

    private interface Conversation {
        void with(Socket socket) throws IOException;
    }

    private void serve(Conversation conversation) {
        serving = new Thread(() -> {
            try (Socket socket = server.accept()) {
                conversation.with(socket);
            } catch (IOException e) {
                // the test's server closed
            }
        });
        serving.start();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
