package io.catalog.events.webhook;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.catalog.domain.application.Transactions;
import io.catalog.persistence.webhook.SigningKeyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The RSA key pair that signs {@code wix} deliveries: generated once (2048 bits) by the first server that needs it
 * and kept in the database, so every server signs with it and receivers verify against one JWKS.
 */
@ApplicationScoped
public class SigningKeys {

    @Inject
    SigningKeyStore store;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    private volatile RSAKey key;

    /** The private key, with its key id. */
    public RSAKey privateKey() {
        RSAKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrCreate();
                }
                current = key;
            }
        }
        return current;
    }

    /** The public key as a JWKS document, {@code {"keys": [...]}}. */
    public String jwks() {
        return new JWKSet(privateKey().toPublicJWK()).toString();
    }

    private RSAKey loadOrCreate() {
        String stored = transactions.inTransaction(() -> store.current().orElse(null));
        if (stored == null) {
            try {
                String created = generate().toJSONString();
                transactions.inTransaction(() -> {
                    store.store(created, OffsetDateTime.now(clock));
                    return null;
                });
            } catch (RuntimeException takenByAnotherServer) {
                // another server stored its key first: use that one
            }
            stored = transactions.inTransaction(() -> store.current()
                    .orElseThrow(() -> new IllegalStateException("No webhook signing key could be stored")));
        }
        try {
            return RSAKey.parse(stored);
        } catch (ParseException e) {
            throw new IllegalStateException("The stored webhook signing key is not a JWK", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the webhook signing key", e);
        }
    }
}
