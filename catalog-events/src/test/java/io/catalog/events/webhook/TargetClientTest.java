package io.catalog.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.core5.http.HttpException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POSTs over real sockets to scripted targets, through the HTTP client the sender uses. Names resolve only through the
 * test's resolver ({@code receiver.invalid} resolves nowhere else), so the client can only have connected to the
 * addresses that resolver answered, and {@link CheckedAddresses} checked.
 */
class TargetClientTest {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor();
    private static final ExecutorService STARTER = Executors.newCachedThreadPool();
    private static final Duration SECONDS_2 = Duration.ofSeconds(2);

    @AfterAll
    static void stopThreads() {
        TIMER.shutdownNow();
        STARTER.shutdownNow();
    }

    @Test
    void connectsToTheAddressTheCheckingResolverAnsweredWhileTheRequestNamesTheUrlsHost() throws Exception {
        try (ScriptedTarget target = new ScriptedTarget("HTTP/1.1 204 No Content\r\n\r\n");
                TargetClient client = client(true, SECONDS_2, "127.0.0.1")) {
            WebhookRequest request =
                    request("http://receiver.invalid:" + target.port() + "/hooks/a?b=c%20d", "{\"x\":1}");

            TargetClient.Answer answer = client.post(request, STARTER).join();

            assertThat(answer).isEqualTo(new TargetClient.Answer(204, null));
            assertThat(target.requests())
                    .singleElement()
                    .satisfies(r -> assertThat(r)
                            .startsWith("POST /hooks/a?b=c%20d HTTP/1.1\r\n")
                            .contains("\r\nHost: receiver.invalid:" + target.port() + "\r\n")
                            .contains("\r\nwebhook-id: e-1\r\n")
                            .contains("\r\nContent-Type: application/json\r\n")
                            .contains("\r\nContent-Length: 7\r\n")
                            .endsWith("\r\n\r\n{\"x\":1}"));
        }
    }

    @Test
    void anAddressTheRulesRefuseIsNeverConnectedTo() throws Exception {
        try (ScriptedTarget target = new ScriptedTarget("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
                TargetClient client = client(false, SECONDS_2, "127.0.0.1")) {
            // The name now resolves to a loopback address (DNS rebinding): refused before any connection.
            assertThatThrownBy(() -> client.post(
                                    request("http://receiver.invalid:" + target.port() + "/", "{}"), STARTER)
                            .join())
                    .isInstanceOf(CompletionException.class)
                    .cause()
                    .isInstanceOf(CheckedAddresses.Refused.class)
                    .satisfies(e -> assertThat(
                                    ((CheckedAddresses.Refused) e).refusal().getMessage())
                            .isEqualTo("targetUrl must not address Loopback (127.0.0.0/8): webhook targets must be"
                                    + " public addresses"));
            // An address literal goes through the same check.
            assertThatThrownBy(() -> client.post(request("http://127.0.0.1:" + target.port() + "/", "{}"), STARTER)
                            .join())
                    .cause()
                    .isInstanceOf(CheckedAddresses.Refused.class);
            Thread.sleep(200);
            assertThat(target.requests()).isEmpty();
        }
    }

    @Test
    void anEmptyPathIsSentAsTheRootAndTheBodyAsUtf8() throws Exception {
        try (ScriptedTarget target = new ScriptedTarget("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
                TargetClient client = client(true, SECONDS_2, "127.0.0.1")) {
            client.post(request("http://receiver.invalid:" + target.port(), "caf\u00e9"), STARTER)
                    .join();

            assertThat(target.requests()).singleElement().satisfies(r -> {
                assertThat(r)
                        .startsWith("POST / HTTP/1.1\r\n")
                        .contains("Content-Length: 5\r\n")
                        .endsWith("caf\u00e9");
            });
        }
    }

    @Test
    void readsTheFinalStatusAfterInterimAnswersAndItsRetryAfter() throws Exception {
        try (ScriptedTarget target = new ScriptedTarget("HTTP/1.1 100 Continue\r\n\r\n"
                        + "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nretry-after:  120 \r\n"
                        + "Retry-After: 7\r\nContent-Length: 5\r\n\r\nbusy!");
                TargetClient client = client(true, SECONDS_2, "127.0.0.1")) {
            TargetClient.Answer answer = client.post(
                            request("http://receiver.invalid:" + target.port() + "/", ""), STARTER)
                    .join();

            assertThat(answer).isEqualTo(new TargetClient.Answer(503, "120"));
        }
    }

    @Test
    void triesTheNextAddressWhenOneRefusesTheConnection() throws Exception {
        try (ScriptedTarget target = new ScriptedTarget("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
                TargetClient client = client(true, SECONDS_2, "127.0.0.2", "127.0.0.1")) {
            // Nothing listens on 127.0.0.2 at that port (the target is bound to 127.0.0.1 only).
            TargetClient.Answer answer = client.post(
                            request("http://receiver.invalid:" + target.port() + "/", ""), STARTER)
                    .join();

            assertThat(answer.status()).isEqualTo(200);
            assertThat(target.requests()).hasSize(1);
        }
    }

    @Test
    void reusesTheConnectionForTheNextAttemptToTheSameTarget() throws Exception {
        try (KeepAliveTarget target = new KeepAliveTarget();
                TargetClient client = client(true, SECONDS_2, "127.0.0.1")) {
            for (int i = 0; i < 5; i++) {
                assertThat(client.post(request("http://receiver.invalid:" + target.port() + "/", "{}"), STARTER)
                                .join()
                                .status())
                        .isEqualTo(200);
                // The answer is known at its head; the connection goes back to the pool a moment later.
                Thread.sleep(100);
            }
            assertThat(target.requests()).isEqualTo(5);
            assertThat(target.connections()).isEqualTo(1);
        }
    }

    /**
     * A hundred attempts to a target that answers each after a second, started by two threads: they wait for their
     * answers together, holding no thread (one thread per attempt until its answer would take 50 s here).
     */
    @Test
    void attemptsWaitingForTheirAnswersHoldNoThread() throws Exception {
        HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 200);
        ExecutorService handlers = Executors.newFixedThreadPool(100);
        slow.setExecutor(handlers);
        slow.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        slow.start();
        ExecutorService twoThreads = Executors.newFixedThreadPool(2);
        try (TargetClient client = new TargetClient(
                SECONDS_2,
                Duration.ofSeconds(20),
                100,
                TIMER,
                defaultTls(),
                new CheckedAddresses(true, host -> addresses("127.0.0.1")),
                Executors.defaultThreadFactory())) {
            long start = System.nanoTime();
            List<java.util.concurrent.CompletableFuture<TargetClient.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                answers.add(client.post(
                        request("http://receiver.invalid:" + slow.getAddress().getPort() + "/", "{}"), twoThreads));
            }
            answers.forEach(answer -> assertThat(answer.join().status()).isEqualTo(204));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            System.out.println("[TargetClientTest] 100 attempts of 1 s each, started by 2 threads, answered in "
                    + took.toMillis() + " ms");
            assertThat(took).isLessThan(Duration.ofSeconds(15));
        } finally {
            slow.stop(0);
            handlers.shutdownNow();
            twoThreads.shutdownNow();
        }
    }

    @Test
    void aTargetThatDoesNotAnswerInTimeEndsTheAttemptAtTheRequestTimeout() throws Exception {
        try (ScriptedTarget target = new ScriptedTarget("HTTP/1.1 200 OK\r\nX-Slow: ");
                TargetClient impatient = client(true, Duration.ofMillis(300), "127.0.0.1")) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> impatient
                            .post(request("http://receiver.invalid:" + target.port() + "/", ""), STARTER)
                            .join())
                    .cause()
                    .isInstanceOf(TargetClient.DeadlineExceeded.class)
                    .hasMessage("no answer within 300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
        }
    }

    /**
     * A target that sends its answer's head at once and then trickles the body, a byte at a time and faster than the
     * socket timeout, loses its connection at the attempt's deadline: the body it still had to send finds the
     * connection closed.
     */
    @Test
    void theDeadlineCoversTheAnswersBodyAsWell() throws Exception {
        int bodyLength = 40;
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"));
                TargetClient impatient = client(true, Duration.ofMillis(500), "127.0.0.1")) {
            java.util.concurrent.CompletableFuture<Integer> bytesSent =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> trickle(server, bodyLength));

            TargetClient.Answer answer = impatient
                    .post(request("http://receiver.invalid:" + server.getLocalPort() + "/", "{}"), STARTER)
                    .join();

            assertThat(answer.status()).isEqualTo(200);
            assertThat(bytesSent.get(30, java.util.concurrent.TimeUnit.SECONDS))
                    .as("body bytes the target could send before the client closed the connection")
                    .isLessThan(bodyLength);
        }
    }

    /** Accepts one request, answers 200 with a body of {@code length} bytes sent 100 ms apart; the bytes sent. */
    private static int trickle(java.net.ServerSocket server, int length) {
        try (java.net.Socket socket = server.accept()) {
            java.io.InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.read());
            }
            in.readNBytes(2);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            int sent = 0;
            try {
                for (; sent < length; sent++) {
                    Thread.sleep(100);
                    out.write('x');
                    out.flush();
                }
            } catch (IOException closed) {
                // the client closed the connection
            }
            return sent;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDeadlineCoversTheLookupOfTheHost() {
        TargetUrls.Lookup slowDns = host -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new InetAddress[] {InetAddress.getLoopbackAddress()};
        };
        try (TargetClient impatient = new TargetClient(
                SECONDS_2,
                Duration.ofMillis(300),
                4,
                TIMER,
                defaultTls(),
                new CheckedAddresses(true, slowDns),
                Executors.defaultThreadFactory())) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> impatient
                            .post(request("http://receiver.invalid:9/", ""), STARTER)
                            .join())
                    .cause()
                    .isInstanceOf(TargetClient.DeadlineExceeded.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
        }
    }

    @Test
    void anAnswerHeadOverTheLimitOrNotHttpFailsTheAttempt() throws Exception {
        byte[] huge = ("HTTP/1.1 200 OK\r\nX-Big: " + "a".repeat(TargetClient.MAX_LINE_LENGTH + 1) + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        try (ScriptedTarget target = new ScriptedTarget(huge);
                TargetClient client = client(true, SECONDS_2, "127.0.0.1")) {
            assertThatThrownBy(() -> client.post(request("http://receiver.invalid:" + target.port() + "/", ""), STARTER)
                            .join())
                    .cause()
                    .isInstanceOfAny(IOException.class, HttpException.class);
        }
        try (ScriptedTarget target = new ScriptedTarget("SSH-2.0-OpenSSH_9.2\r\n");
                TargetClient client = client(true, SECONDS_2, "127.0.0.1")) {
            assertThatThrownBy(() -> client.post(request("http://receiver.invalid:" + target.port() + "/", ""), STARTER)
                            .join())
                    .cause()
                    .isInstanceOf(HttpException.class);
        }
    }

    @Test
    void aHeaderValueWithALineBreakIsNeverWritten() throws Exception {
        try (ScriptedTarget target = new ScriptedTarget("HTTP/1.1 200 OK\r\n\r\n");
                TargetClient client = client(true, SECONDS_2, "127.0.0.1")) {
            Map<String, String> headers = Map.of("webhook-id", "e-1\r\nX-Injected: 1");
            WebhookRequest request =
                    new WebhookRequest(URI.create("http://receiver.invalid:" + target.port() + "/"), headers, "");

            assertThatThrownBy(() -> client.post(request, STARTER).join())
                    .cause()
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(target.requests()).isEmpty();
        }
    }

    /**
     * Connected to the address the resolver answered, the TLS handshake still names the URL's host and checks the
     * certificate against it: a certificate of another host, or one not trusted, ends the attempt before anything is
     * sent.
     */
    @Test
    void anHttpsTargetIsVerifiedAgainstTheUrlsHost(@TempDir Path folder) throws Exception {
        char[] password = "changeit".toCharArray();
        KeyStore keys = selfSignedKeyStore(folder, "receiver.test", password);
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(keyManagers.getKeyManagers(), null, null);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext trustingContext = SSLContext.getInstance("TLS");
        trustingContext.init(null, trust.getTrustManagers(), null);

        try (ScriptedTarget target = ScriptedTarget.tls(server, "HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n");
                TargetClient trusting = new TargetClient(
                        SECONDS_2,
                        SECONDS_2,
                        4,
                        TIMER,
                        trustingContext,
                        new CheckedAddresses(true, host -> addresses("127.0.0.1")),
                        Executors.defaultThreadFactory());
                TargetClient defaults = client(true, SECONDS_2, "127.0.0.1")) {
            TargetClient.Answer answer = trusting.post(
                            request("https://receiver.test:" + target.port() + "/hooks", "{}"), STARTER)
                    .join();
            assertThatThrownBy(() -> trusting.post(
                                    request("https://other.test:" + target.port() + "/hooks", "{}"), STARTER)
                            .join())
                    .cause()
                    .isInstanceOf(SSLException.class)
                    .hasMessageContaining("other.test");
            assertThatThrownBy(() -> defaults.post(
                                    request("https://receiver.test:" + target.port() + "/hooks", "{}"), STARTER)
                            .join())
                    .cause()
                    .isInstanceOf(SSLException.class);

            assertThat(answer.status()).isEqualTo(202);
            assertThat(target.requests())
                    .singleElement()
                    .satisfies(r -> assertThat(r).contains("Host: receiver.test:" + target.port() + "\r\n"));
        }
    }

    private static KeyStore selfSignedKeyStore(Path folder, String host, char[] password) throws Exception {
        Path file = folder.resolve("target.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "target",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=" + host,
                        "-ext",
                        "SAN=dns:" + host,
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        file.toString(),
                        "-storepass",
                        new String(password),
                        "-keypass",
                        new String(password))
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(output).isZero();
        return KeyStore.getInstance(file.toFile(), password);
    }

    /** A client whose resolver answers {@code addresses} for every name (not for address literals), checked. */
    static TargetClient client(boolean allowPrivate, Duration requestTimeout, String... addresses) {
        return new TargetClient(
                SECONDS_2,
                requestTimeout,
                4,
                TIMER,
                defaultTls(),
                new CheckedAddresses(
                        allowPrivate,
                        host -> TargetUrls.isAddressLiteral(host)
                                ? InetAddress.getAllByName(host)
                                : addresses(addresses)),
                Executors.defaultThreadFactory());
    }

    private static InetAddress[] addresses(String... literals) throws UnknownHostException {
        List<InetAddress> resolved = new ArrayList<>();
        for (String literal : literals) {
            resolved.add(InetAddress.getByName(literal));
        }
        return resolved.toArray(InetAddress[]::new);
    }

    static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static WebhookRequest request(String url, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", "e-1");
        headers.put("Content-Type", "application/json");
        return new WebhookRequest(URI.create(url), headers, body);
    }

    /** A target that answers every request of a connection with 200 and an empty body, and counts both. */
    private static final class KeepAliveTarget implements AutoCloseable {

        private final java.net.ServerSocket server =
                new java.net.ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        private final AtomicInteger connections = new AtomicInteger();
        private final AtomicInteger requests = new AtomicInteger();

        KeepAliveTarget() throws IOException {
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        java.net.Socket socket = server.accept();
                        connections.incrementAndGet();
                        Thread serving = new Thread(() -> serve(socket));
                        serving.setDaemon(true);
                        serving.start();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void serve(java.net.Socket socket) {
            try (socket) {
                var in = socket.getInputStream();
                while (true) {
                    String head = readHead(in);
                    if (head == null) {
                        return;
                    }
                    var length = java.util.regex.Pattern.compile("(?i)\r\ncontent-length: *([0-9]+)\r\n")
                            .matcher(head);
                    in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
                    requests.incrementAndGet();
                    socket.getOutputStream()
                            .write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"
                                    .getBytes(StandardCharsets.ISO_8859_1));
                    socket.getOutputStream().flush();
                }
            } catch (IOException e) {
                // closed
            }
        }

        private static String readHead(java.io.InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) {
                    return null;
                }
                head.append((char) c);
            }
            return head.toString();
        }

        int port() {
            return server.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        int requests() {
            return requests.get();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
