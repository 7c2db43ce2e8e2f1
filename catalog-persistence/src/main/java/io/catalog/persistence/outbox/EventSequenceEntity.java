package io.catalog.persistence.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * Row of {@code event_sequence}: the last sequence number handed out to an aggregate's events. Written as an entity
 * only for a new aggregate, so that the rows of many new aggregates (a bulk creation) go in one batch; an existing
 * aggregate's row is locked and moved with plain statements ({@link EventOutbox}).
 */
@Entity
@Table(name = "event_sequence")
@IdClass(EventSequenceEntity.Key.class)
public class EventSequenceEntity {

    @Id
    @Column(name = "aggregate_type")
    String aggregateType;

    @Id
    @Column(name = "aggregate_id")
    String aggregateId;

    @Column(name = "last_sequence")
    long lastSequence;

    protected EventSequenceEntity() {}

    EventSequenceEntity(String aggregateType, String aggregateId, long lastSequence) {
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.lastSequence = lastSequence;
    }

    /** The primary key: the aggregate. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String aggregateType;
        String aggregateId;

        public Key() {}

        public Key(String aggregateType, String aggregateId) {
            this.aggregateType = aggregateType;
            this.aggregateId = aggregateId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(k.aggregateType, aggregateType)
                    && Objects.equals(k.aggregateId, aggregateId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(aggregateType, aggregateId);
        }
    }
}
