-- Retention: published outbox rows and finished webhook deliveries older than catalog.events.retention are purged
-- in small batches (the outbox's by ix_event_outbox_pending, which leads with published_at). Portable SQL for
-- H2 2.x and PostgreSQL 13+.
CREATE INDEX ix_webhook_delivery_finished ON webhook_delivery (status, finished_at);
-- The outbox purge keeps events that a pending delivery still needs.
CREATE INDEX ix_webhook_delivery_event_status ON webhook_delivery (event_id, status);
