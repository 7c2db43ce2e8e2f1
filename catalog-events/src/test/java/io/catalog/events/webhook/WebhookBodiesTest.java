package io.catalog.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import io.catalog.persistence.outbox.OutboxEvent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookBodiesTest {

    private static final OutboxEvent EVENT = new OutboxEvent(
            UUID.randomUUID().toString(),
            "my-store",
            "ProductChanged",
            "product",
            "p-1",
            3,
            "{\"productId\":\"p-1\",\"changedFields\":[\"price\"]}",
            OffsetDateTime.of(2026, 11, 22, 10, 15, 30, 0, ZoneOffset.UTC),
            0);

    @Test
    void theWixBodyIsAJwtVerifiableWithThePublishedKeyCarryingTheEventAsSeed002Does() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        JWKSet published = JWKSet.parse(new JWKSet(key.toPublicJWK()).toString());

        SignedJWT jwt = SignedJWT.parse(WebhookBodies.wix(EVENT, key, Instant.parse("2026-11-22T10:15:31Z")));

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(published.getKeyByKeyId(jwt.getHeader().getKeyID()).isPrivate())
                .isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(published.getKeyByKeyId("k1").toRSAKey())))
                .isTrue();
        JsonObject data = json(jwt.getJWTClaimsSet().getStringClaim("data"));
        assertThat(data.getString("eventType")).isEqualTo("ProductChanged");
        assertThat(data.getString("instanceId")).isEqualTo("my-store");
        assertThat(json(data.getString("data"))).isEqualTo(json(EVENT.payload()));
        assertThat(jwt.getJWTClaimsSet().getIssueTime().toInstant()).isEqualTo(Instant.parse("2026-11-22T10:15:31Z"));
    }

    @Test
    void aJwtSignedByAnotherKeyDoesNotVerify() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).generate();
        RSAKey other = new RSAKeyGenerator(2048).generate();

        SignedJWT jwt = SignedJWT.parse(WebhookBodies.wix(EVENT, key, Instant.now()));

        assertThat(jwt.verify(new RSASSAVerifier(other.toRSAPublicKey()))).isFalse();
    }

    @Test
    void theStandardBodyIsTypeTimestampAndData() {
        JsonObject body = json(WebhookBodies.standard(EVENT));

        assertThat(body.getString("type")).isEqualTo("ProductChanged");
        assertThat(body.getString("timestamp")).isEqualTo("2026-11-22T10:15:30Z");
        assertThat(body.getJsonObject("data")).isEqualTo(json(EVENT.payload()));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
