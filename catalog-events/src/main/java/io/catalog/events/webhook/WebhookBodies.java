package io.catalog.events.webhook;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.catalog.events.json.Jsons;
import io.catalog.persistence.outbox.OutboxEvent;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.Date;

/** The POST bodies of the two formats. */
public final class WebhookBodies {

    private WebhookBodies() {}

    /**
     * The {@code standard} body: {@code {"type", "timestamp", "data"}}, the event type, when it occurred (ISO-8601)
     * and its payload.
     */
    public static String standard(OutboxEvent event) {
        try (JsonReader payload = Jsons.createReader(new StringReader(event.payload()))) {
            return Jsons.createObjectBuilder()
                    .add("type", event.eventType())
                    .add("timestamp", event.occurredAt().toInstant().toString())
                    .add("data", payload.readValue())
                    .build()
                    .toString();
        }
    }

    /**
     * The {@code wix} body: a JWT signed RS256 with {@code key} (its {@code kid} in the header) whose {@code data}
     * claim is the stringified JSON {@code {"eventType", "instanceId", "data": "<stringified payload>"}}, as Wix
     * sends its webhooks.
     */
    public static String wix(OutboxEvent event, RSAKey key, Instant now) {
        String data = Jsons.createObjectBuilder()
                .add("eventType", event.eventType())
                .add("instanceId", event.storeId())
                .add("data", event.payload())
                .build()
                .toString();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("data", data)
                .issueTime(Date.from(now))
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the webhook", e);
        }
        return jwt.serialize();
    }
}
