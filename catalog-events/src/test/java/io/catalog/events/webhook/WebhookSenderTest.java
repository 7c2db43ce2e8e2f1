package io.catalog.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;

import io.catalog.persistence.outbox.OutboxEvent;
import io.catalog.persistence.webhook.WebhookSubscription;

class WebhookSenderTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:15:31Z");
    private static final OutboxEvent EVENT = new OutboxEvent(UUID.randomUUID().toString(), "my-store",
            "ProductDeleted", "product", "p-1", 7, "{\"productId\":\"p-1\"}",
            OffsetDateTime.of(2026, 11, 22, 10, 15, 30, 0, ZoneOffset.UTC), 0);

    @Test
    void aStandardRequestCarriesTheStandardWebhooksHeadersAndItsSignature() {
        String secret = WebhookSecrets.generate();
        HttpRequest request = sender().request(subscription("standard", secret), EVENT, NOW);

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.timeout()).contains(Duration.ofSeconds(5));
        assertThat(request.headers().firstValue("webhook-id")).contains(EVENT.id());
        assertThat(request.headers().firstValue("webhook-timestamp")).contains(Long.toString(NOW.getEpochSecond()));
        assertThat(request.headers().firstValue("webhook-signature")).contains(StandardSignature.sign(secret,
                EVENT.id(), NOW.getEpochSecond(), WebhookBodies.standard(EVENT)));
        assertThat(request.headers().firstValue("catalog-sequence")).contains("7");
        assertThat(request.headers().firstValue("catalog-aggregate-id")).contains("p-1");
        assertThat(request.headers().firstValue("Content-Type")).contains("application/json");
    }

    @Test
    void aWixRequestCarriesAJwtAndNoHmac() {
        HttpRequest request = sender().request(subscription("wix", WebhookSecrets.generate()), EVENT, NOW);

        assertThat(request.headers().firstValue("webhook-signature")).isEmpty();
        assertThat(request.headers().firstValue("webhook-id")).contains(EVENT.id());
        assertThat(request.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
    }

    @Test
    void aPrivateTargetFailsTheAttemptWhenNotAllowed() {
        WebhookSender strict = new WebhookSender(HttpClient.newHttpClient(), Duration.ofSeconds(5), keys(), false);

        WebhookSender.Outcome outcome = strict.send(subscription("standard", WebhookSecrets.generate()), EVENT, NOW).join();

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.statusCode()).isNull();
        assertThat(outcome.error()).contains("private");
    }

    private static WebhookSender sender() {
        return new WebhookSender(HttpClient.newHttpClient(), Duration.ofSeconds(5), keys(), true);
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

    private static WebhookSubscription subscription(String format, String secret) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        return new WebhookSubscription("s-1", "my-store", "http://127.0.0.1:9/hooks", Set.of(), secret, format, true,
                null, at, at);
    }
}
