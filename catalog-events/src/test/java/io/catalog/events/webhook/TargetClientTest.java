package io.catalog.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A POST over a real socket to a scripted target, connected to the address given and to no other. */
class TargetClientTest {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor();
    private static final Duration SECONDS_2 = Duration.ofSeconds(2);
    private static final SSLSocketFactory DEFAULT_TLS = (SSLSocketFactory) SSLSocketFactory.getDefault();

    @AfterAll
    static void stopTimer() {
        TIMER.shutdownNow();
    }

    @Test
    void connectsToTheAddressGivenWhileTheRequestNamesTheUrlsHost() throws Exception {
        try (ScriptedTarget target = new ScriptedTarget("HTTP/1.1 204 No Content\r\n\r\n")) {
            // The name does not resolve at all: only the address given can have been connected to.
            WebhookRequest request = request("http://receiver.invalid:" + target.port() + "/hooks/a?b=c%20d", "{\"x\":1}");

            TargetClient.Answer answer = post(request, "127.0.0.1");

            assertThat(answer).isEqualTo(new TargetClient.Answer(204, null));
            assertThat(target.requests()).singleElement().isEqualTo("POST /hooks/a?b=c%20d HTTP/1.1\r\n"
                    + "Host: receiver.invalid:" + target.port() + "\r\n"
                    + "webhook-id: e-1\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: 7\r\n"
                    + "Connection: close\r\n\r\n"
                    + "{\"x\":1}");
        }
    }

    @Test
    void anEmptyPathIsSentAsTheRootAndTheBodyAsUtf8() throws Exception {
        try (ScriptedTarget target = new ScriptedTarget("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")) {
            post(request("http://receiver.invalid:" + target.port(), "caf\u00e9"), "127.0.0.1");

            assertThat(target.requests()).singleElement().satisfies(r -> {
                assertThat(r).startsWith("POST / HTTP/1.1\r\n").contains("Content-Length: 5\r\n").endsWith("caf\u00e9");
            });
        }
    }

    @Test
    void readsTheFinalStatusAfterInterimAnswersAndItsRetryAfter() throws Exception {
        try (ScriptedTarget target = new ScriptedTarget("HTTP/1.1 100 Continue\r\n\r\n"
                + "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nretry-after:  120 \r\n"
                + "Retry-After: 7\r\nContent-Length: 5\r\n\r\nbusy!")) {
            TargetClient.Answer answer = post(request("http://receiver.invalid:" + target.port() + "/", ""), "127.0.0.1");

            assertThat(answer).isEqualTo(new TargetClient.Answer(503, "120"));
        }
    }

    @Test
    void triesTheNextAddressWhenOneRefusesTheConnection() throws Exception {
        try (ScriptedTarget target = new ScriptedTarget("HTTP/1.1 200 OK\r\n\r\n")) {
            // Nothing listens on 127.0.0.2 at that port (the target is bound to 127.0.0.1 only).
            TargetClient.Answer answer = post(request("http://receiver.invalid:" + target.port() + "/", ""),
                    "127.0.0.2", "127.0.0.1");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(target.requests()).hasSize(1);
        }
    }

    @Test
    void aTargetThatDoesNotAnswerInTimeEndsTheAttemptAtTheRequestTimeout() throws Exception {
        try (ScriptedTarget target = new ScriptedTarget("HTTP/1.1 200 OK\r\nX-Slow: ")) {
            TargetClient impatient = new TargetClient(SECONDS_2, Duration.ofMillis(300), TIMER, DEFAULT_TLS);

            assertThatThrownBy(() -> impatient.post(request("http://receiver.invalid:" + target.port() + "/", ""),
                    List.of(InetAddress.getByName("127.0.0.1"))))
                    .isInstanceOf(HttpTimeoutException.class).hasMessage("no answer within 300 ms");
        }
    }

    @Test
    void anAnswerHeadOverTheLimitOrNotHttpFailsTheAttempt() throws Exception {
        byte[] huge = ("HTTP/1.1 200 OK\r\nX-Big: " + "a".repeat(TargetClient.MAX_HEAD_BYTES) + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        try (ScriptedTarget target = new ScriptedTarget(huge)) {
            assertThatThrownBy(() -> post(request("http://receiver.invalid:" + target.port() + "/", ""), "127.0.0.1"))
                    .isInstanceOf(IOException.class).hasMessageContaining("over " + TargetClient.MAX_HEAD_BYTES);
        }
        try (ScriptedTarget target = new ScriptedTarget("SSH-2.0-OpenSSH_9.2\r\n")) {
            assertThatThrownBy(() -> post(request("http://receiver.invalid:" + target.port() + "/", ""), "127.0.0.1"))
                    .isInstanceOf(IOException.class).hasMessageContaining("other than HTTP");
        }
    }

    @Test
    void aHeaderValueWithALineBreakIsNeverWritten() throws Exception {
        try (ScriptedTarget target = new ScriptedTarget("HTTP/1.1 200 OK\r\n\r\n")) {
            Map<String, String> headers = Map.of("webhook-id", "e-1\r\nX-Injected: 1");
            WebhookRequest request = new WebhookRequest(URI.create("http://receiver.invalid:" + target.port() + "/"),
                    headers, "");

            assertThatThrownBy(() -> post(request, "127.0.0.1")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /**
     * Connected to the address given, the TLS handshake still names the URL's host and checks the certificate
     * against it: a certificate of another host, or one not trusted, ends the attempt before anything is sent.
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
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, trust.getTrustManagers(), null);
        TargetClient trusting = new TargetClient(SECONDS_2, SECONDS_2, TIMER, client.getSocketFactory());
        List<InetAddress> loopback = List.of(InetAddress.getByName("127.0.0.1"));

        try (ScriptedTarget target = ScriptedTarget.tls(server, "HTTP/1.1 202 Accepted\r\n\r\n")) {
            TargetClient.Answer answer = trusting.post(request("https://receiver.test:" + target.port() + "/hooks", "{}"),
                    loopback);
            assertThatThrownBy(() -> trusting.post(request("https://other.test:" + target.port() + "/hooks", "{}"),
                    loopback)).isInstanceOf(SSLHandshakeException.class).hasMessageContaining("other.test");
            assertThatThrownBy(() -> post(request("https://receiver.test:" + target.port() + "/hooks", "{}"),
                    "127.0.0.1")).isInstanceOf(SSLHandshakeException.class);

            assertThat(answer.status()).isEqualTo(202);
            assertThat(target.requests()).singleElement()
                    .satisfies(r -> assertThat(r).contains("Host: receiver.test:" + target.port() + "\r\n"));
        }
    }

    private static KeyStore selfSignedKeyStore(Path folder, String host, char[] password) throws Exception {
        Path file = folder.resolve("target.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "target", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + host,
                "-ext", "SAN=dns:" + host, "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", new String(password), "-keypass", new String(password))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(output).isZero();
        return KeyStore.getInstance(file.toFile(), password);
    }

    private static TargetClient.Answer post(WebhookRequest request, String... addresses) throws IOException {
        List<InetAddress> resolved = new java.util.ArrayList<>();
        for (String address : addresses) {
            resolved.add(InetAddress.getByName(address));
        }
        return new TargetClient(SECONDS_2, SECONDS_2, TIMER, DEFAULT_TLS).post(request, resolved);
    }

    private static WebhookRequest request(String url, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", "e-1");
        headers.put("Content-Type", "application/json");
        return new WebhookRequest(URI.create(url), headers, body);
    }
}
