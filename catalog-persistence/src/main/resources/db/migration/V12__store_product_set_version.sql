-- Counts the changes of which products a store has and shows (deletions, visibility changes; creations move
-- last_numeric_id): with last_numeric_id it tells whether a count of products by numeric id taken earlier still holds.
ALTER TABLE store ADD COLUMN product_set_version BIGINT DEFAULT 0 NOT NULL;
