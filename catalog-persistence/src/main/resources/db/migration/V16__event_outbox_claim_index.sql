-- The dispatcher reads the oldest due events in the order it publishes them (occurred_at, then the aggregate and
-- its sequence) and stops after a window. The old index (published_at, next_attempt_at, occurred_at) gave the due
-- rows but not in that order: every claim read and sorted all pending events, so a backlog (after seeding a large
-- store, or while the message broker was down) made every batch slower. The claim's ORDER BY begins with
-- published_at, constant in it, so that H2 too reads this index in order. The retention purge reads the published
-- rows by published_at in the same index.
-- Portable SQL for H2 2.x and PostgreSQL 13+.
DROP INDEX ix_event_outbox_pending;
CREATE INDEX ix_event_outbox_pending ON event_outbox (published_at, occurred_at, aggregate_type, aggregate_id, sequence);
