package io.catalog.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.catalog.events.webhook.subscription.Subscription;
import io.catalog.persistence.outbox.OutboxEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    private static final String TARGET = "https://erp.example.com/hooks/catalog?store=1";
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:31Z");
    private static final OutboxEvent EVENT = new OutboxEvent(
            UUID.randomUUID().toString(),
            "my-store",
            "ProductDeleted",
            "product",
            "p-1",
            7,
            "{\"productId\":\"p-1\"}",
            OffsetDateTime.of(2026, 11, 22, 10, 15, 30, 0, ZoneOffset.UTC),
            0);
    private static final SigningKeys KEYS = keys();
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool();
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor();

    @AfterAll
    static void stopThreads() {
        EXECUTOR.shutdownNow();
        TIMER.shutdownNow();
    }

    @Test
    void aStandardRequestCarriesTheStandardWebhooksHeadersAndItsSignature() {
        String secret = WebhookSecrets.generate();
        WebhookRequest request = sender(true).request(subscription("standard", secret, TARGET), EVENT, NOW);

        assertThat(request.target()).hasToString(TARGET);
        assertThat(request.body()).isEqualTo(WebhookBodies.standard(EVENT));
        assertThat(request.header("webhook-id")).contains(EVENT.id());
        assertThat(request.header("webhook-timestamp")).contains(Long.toString(NOW.getEpochSecond()));
        assertThat(request.header("webhook-signature"))
                .contains(StandardSignature.sign(
                        secret, EVENT.id(), NOW.getEpochSecond(), WebhookBodies.standard(EVENT)));
        assertThat(request.header("catalog-sequence")).contains("7");
        assertThat(request.header("catalog-aggregate-id")).contains("p-1");
        assertThat(request.header("Content-Type")).contains("application/json");
    }

    @Test
    void aWixRequestCarriesAJwtAndNoHmac() {
        WebhookRequest request =
                sender(true).request(subscription("wix", WebhookSecrets.generate(), TARGET), EVENT, NOW);

        assertThat(request.header("webhook-signature")).isEmpty();
        assertThat(request.header("webhook-id")).contains(EVENT.id());
        assertThat(request.header("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
    }

    @Test
    void eachAttemptChecksTheAddressItConnectsTo() throws Exception {
        try (ScriptedTarget target = new ScriptedTarget("HTTP/1.1 200 OK\r\n\r\n")) {
            Subscription subscription =
                    subscription("standard", WebhookSecrets.generate(), "http://localhost:" + target.port() + "/hooks");

            WebhookSender.Outcome refused =
                    sender(false).send(subscription, EVENT, NOW).join();
            WebhookSender.Outcome sent =
                    sender(true).send(subscription, EVENT, NOW).join();

            assertThat(refused)
                    .isEqualTo(
                            new WebhookSender.Outcome(
                                    null,
                                    null,
                                    "targetUrl must not address Loopback (127.0.0.0/8): webhook targets must be public addresses"));
            assertThat(sent).isEqualTo(new WebhookSender.Outcome(200, null, null));
            assertThat(target.requests())
                    .singleElement()
                    .satisfies(r -> assertThat(r)
                            .startsWith("POST /hooks HTTP/1.1\r\n")
                            .contains("\r\nHost: localhost:" + target.port() + "\r\n")
                            .contains("webhook-id: " + EVENT.id() + "\r\n")
                            .endsWith(WebhookBodies.standard(EVENT)));
        }
    }

    @Test
    void aTargetThatReachesNoSingleHostFailsEveryAttemptEvenWhenPrivateTargetsAreAllowed() {
        WebhookSender.Outcome outcome = sender(true)
                .send(
                        subscription("standard", WebhookSecrets.generate(), "http://[::ffff:0:127.0.0.1]:9/hooks"),
                        EVENT,
                        NOW)
                .join();

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.statusCode()).isNull();
        assertThat(outcome.error()).contains("reaches no single host");
    }

    @Test
    void anAnswerOtherThan2xxAndNoAnswerAreFailures() throws Exception {
        try (ScriptedTarget target = new ScriptedTarget("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\n\r\n")) {
            WebhookSender.Outcome outcome = sender(true)
                    .send(
                            subscription(
                                    "standard", WebhookSecrets.generate(), "http://127.0.0.1:" + target.port() + "/"),
                            EVENT,
                            NOW)
                    .join();

            assertThat(outcome).isEqualTo(new WebhookSender.Outcome(429, "30", "HTTP 429"));
        }
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        WebhookSender.Outcome refused = sender(true)
                .send(
                        subscription("standard", WebhookSecrets.generate(), "http://127.0.0.1:" + closedPort + "/"),
                        EVENT,
                        NOW)
                .join();
        assertThat(refused.statusCode()).isNull();
        assertThat(refused.error()).isEqualTo(AttemptFailures.CONNECTION_REFUSED);
        try (ScriptedTarget target = new ScriptedTarget("SSH-2.0-OpenSSH_9.2\r\n")) {
            WebhookSender.Outcome notHttp = sender(true)
                    .send(
                            subscription(
                                    "standard", WebhookSecrets.generate(), "http://127.0.0.1:" + target.port() + "/"),
                            EVENT,
                            NOW)
                    .join();
            assertThat(notHttp).isEqualTo(new WebhookSender.Outcome(null, null, AttemptFailures.NOT_HTTP));
        }
    }

    private static WebhookSender sender(boolean allowPrivateTargets) {
        return new WebhookSender(
                EXECUTOR,
                TIMER,
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                4,
                KEYS,
                allowPrivateTargets,
                Executors.defaultThreadFactory());
    }

    private static SigningKeys keys() {
        RSAKey key;
        try {
            key = new RSAKeyGenerator(2048).keyID("k").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new SigningKeys() {
            @Override
            public RSAKey privateKey() {
                return key;
            }
        };
    }

    private static Subscription subscription(String format, String secret, String targetUrl) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        return new Subscription("s-1", "my-store", targetUrl, Set.of(), secret, format, true, null, at, at);
    }
}
