-- The worker's claim asks, of each due delivery, whether an earlier one of its subscription and aggregate is still
-- pending: with the status before the sequence, that probe reads only pending rows, not the aggregate's history.
CREATE INDEX ix_webhook_delivery_pending_order ON webhook_delivery (subscription_id, aggregate_key, status, sequence);
