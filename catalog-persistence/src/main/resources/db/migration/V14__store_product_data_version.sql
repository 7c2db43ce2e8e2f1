-- Counts the changes of what product filters other than lastUpdated read (names, descriptions, SKUs, slugs, types,
-- prices, options and choices, collection memberships): with last_numeric_id and product_set_version it tells whether
-- a count of a filter's matches taken earlier still holds. Stock, variants and media do not move it.
ALTER TABLE store ADD COLUMN product_data_version BIGINT DEFAULT 0 NOT NULL;
