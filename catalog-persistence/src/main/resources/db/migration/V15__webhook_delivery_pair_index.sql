-- The delivery claim looks up the pending deliveries of its candidates' (subscription, aggregate) pairs with a
-- row-value list, (subscription_id, aggregate_key) IN ((?, ?), ...). H2 matches such a list to an index only when the
-- list covers all of the index's columns; with the three-column index below it read each subscription's deliveries
-- through the foreign key's index instead. The two-column index serves both databases (nothing else read the old one).
-- Portable SQL for H2 2.x and PostgreSQL 13+.
DROP INDEX ix_webhook_delivery_order;
CREATE INDEX ix_webhook_delivery_pair ON webhook_delivery (subscription_id, aggregate_key);
