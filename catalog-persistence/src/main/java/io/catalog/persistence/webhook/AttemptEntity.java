package io.catalog.persistence.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Row of {@code webhook_attempt}: one attempt of a delivery. Only ever inserted, so that the attempts a worker records
 * for a batch go to the database in one JDBC batch at commit.
 */
@Entity
@Table(name = "webhook_attempt")
@IdClass(AttemptEntity.Key.class)
public class AttemptEntity {

    @Id
    @Column(name = "delivery_id")
    String deliveryId;

    @Id
    @Column(name = "attempt")
    int attempt;

    @Column(name = "attempted_at")
    OffsetDateTime attemptedAt;

    @Column(name = "status_code")
    Integer statusCode;

    @Column(name = "error")
    String error;

    protected AttemptEntity() {}

    AttemptEntity(String deliveryId, int attempt, OffsetDateTime attemptedAt, Integer statusCode, String error) {
        this.deliveryId = deliveryId;
        this.attempt = attempt;
        this.attemptedAt = attemptedAt;
        this.statusCode = statusCode;
        this.error = error;
    }

    /** The primary key: the delivery and the attempt's number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String deliveryId;
        int attempt;

        public Key() {}

        public Key(String deliveryId, int attempt) {
            this.deliveryId = deliveryId;
            this.attempt = attempt;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.attempt == attempt && Objects.equals(k.deliveryId, deliveryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(deliveryId, attempt);
        }
    }
}
