package io.catalog.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real failures of the HTTP client the sender uses ({@link TargetClient}, with its checking resolver), against sockets
 * on this machine, each described in plain words that name no exception class.
 */
class AttemptFailuresTest {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor();
    private static final ExecutorService STARTER = Executors.newCachedThreadPool();

    private final TargetClient client = new TargetClient(
            CONNECT_TIMEOUT,
            REQUEST_TIMEOUT,
            4,
            TIMER,
            TargetClientTest.defaultTls(),
            new CheckedAddresses(true, InetAddress::getAllByName),
            Executors.defaultThreadFactory());
    private final AttemptFailures failures = new AttemptFailures(REQUEST_TIMEOUT, CONNECT_TIMEOUT);
    private ServerSocket server;
    private Thread serving;

    @AfterAll
    static void stopThreads() {
        TIMER.shutdownNow();
        STARTER.shutdownNow();
    }

    @BeforeEach
    void openServer() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void closeServer() throws Exception {
        client.close();
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
    void aHostThatDoesNotResolveBreaksTheTargetRule() {
        assertThat(failureOf("http://no-such-host.invalid/hooks"))
                .isEqualTo("targetUrl must name a host that resolves");
    }

    @Test
    void anAddressTheRulesRefuseIsNamedByTheRule() {
        TargetClient strict = new TargetClient(
                CONNECT_TIMEOUT,
                REQUEST_TIMEOUT,
                4,
                TIMER,
                TargetClientTest.defaultTls(),
                new CheckedAddresses(false, InetAddress::getAllByName),
                Executors.defaultThreadFactory());
        try (strict) {
            assertThat(describe(strict, local("http")))
                    .isEqualTo(
                            "targetUrl must not address Loopback (127.0.0.0/8): webhook targets must be public addresses");
        }
    }

    @Test
    void anAnswerThatIsNotHttpIsSaidSo() {
        serve(socket -> {
            socket.getInputStream().read(new byte[1024]);
            socket.getOutputStream().write("SSH-2.0-OpenSSH_9.2\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            sleep(500);
        });

        assertThat(failureOf(local("http"))).isEqualTo("the answer was not HTTP");
    }

    @Test
    void aHeaderWithALineBreakIsAnInvalidTarget() {
        WebhookRequest request = new WebhookRequest(URI.create(local("http")), Map.of("webhook-id", "a\r\nb: c"), "{}");
        Throwable failure =
                client.post(request, STARTER).handle((answer, error) -> error).join();

        assertThat(failures.describe(failure)).isEqualTo("invalid target URL");
    }

    @Test
    void theConnectTimeoutIsNamedWithItsDuration() {
        // The client's own type for it; a connect timeout on this machine's loopback cannot be provoked reliably.
        assertThat(failures.describe(new CompletionException(new ConnectTimeoutException("x"))))
                .isEqualTo("connection timed out after 2 s");
    }

    private String failureOf(String url) {
        return describe(client, url);
    }

    private String describe(TargetClient through, String url) {
        WebhookRequest request = new WebhookRequest(URI.create(url), Map.of("Content-Type", "application/json"), "{}");
        Throwable failure =
                through.post(request, STARTER).handle((answer, error) -> error).join();
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
