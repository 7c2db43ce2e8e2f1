-- Transactional outbox: every domain event is written here in the transaction of the change that raised it, and
-- published from here after commit (at least once, in sequence order per aggregate).
-- Portable SQL for H2 2.x and PostgreSQL 13+.

-- The last sequence number handed out per aggregate (a product, a collection, ...). Writers take the row's lock
-- with SELECT ... FOR UPDATE, so an aggregate's events get gap-free ascending numbers in commit order; a rolled-back
-- transaction gives its numbers back. Kept when outbox rows are purged, so numbers are never reused.
CREATE TABLE event_sequence (
    aggregate_type VARCHAR(32) NOT NULL,
    aggregate_id   VARCHAR(64) NOT NULL,
    last_sequence  BIGINT      NOT NULL,
    CONSTRAINT pk_event_sequence PRIMARY KEY (aggregate_type, aggregate_id)
);

CREATE TABLE event_outbox (
    id              VARCHAR(36)      NOT NULL,
    store_id        VARCHAR(64)      NOT NULL,
    event_type      VARCHAR(64)      NOT NULL,
    aggregate_type  VARCHAR(32)      NOT NULL,
    aggregate_id    VARCHAR(64)      NOT NULL,
    sequence        BIGINT           NOT NULL,
    payload         VARCHAR(1000000) NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE,
    attempts        INTEGER          NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(500),
    CONSTRAINT pk_event_outbox PRIMARY KEY (id),
    CONSTRAINT uq_event_outbox_aggregate_sequence UNIQUE (aggregate_type, aggregate_id, sequence)
);

-- The dispatcher's claim: unpublished rows that are due, oldest first.
CREATE INDEX ix_event_outbox_pending ON event_outbox (published_at, next_attempt_at, occurred_at);
-- Replay and audit: a store's events in time order.
CREATE INDEX ix_event_outbox_store_occurred ON event_outbox (store_id, occurred_at);
