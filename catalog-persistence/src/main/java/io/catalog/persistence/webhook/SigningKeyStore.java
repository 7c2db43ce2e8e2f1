package io.catalog.persistence.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The {@code webhook_signing_key} table: the private JWK of the key pair that signs webhook deliveries. The first
 * server that needs a key stores one; when two do at once the primary key keeps one and the other reads it.
 */
@ApplicationScoped
public class SigningKeyStore {

    /** The id of the key in use. */
    public static final String CURRENT = "current";

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    /** The stored private JWK, if any. */
    public Optional<String> current() {
        List<?> rows = em.createNativeQuery("SELECT private_jwk FROM webhook_signing_key WHERE id = ?")
                .setParameter(1, CURRENT)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).toString());
    }

    /** Stores the private JWK as the current key, in the caller's transaction. */
    public void store(String privateJwk, OffsetDateTime at) {
        em.createNativeQuery("INSERT INTO webhook_signing_key (id, private_jwk, created_at) VALUES (?, ?, ?)")
                .setParameter(1, CURRENT)
                .setParameter(2, privateJwk)
                .setParameter(3, at)
                .executeUpdate();
    }
}
