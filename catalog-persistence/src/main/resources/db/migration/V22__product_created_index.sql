-- Catalog V3 queries sort by createdDate (and page past the last product seen, by its createdDate and numericId): an
-- index of the same shape as V11's serves such a page in index order.
-- Portable SQL for H2 2.x and PostgreSQL 13+.
CREATE INDEX ix_product_store_created ON product (store_id, created_at, numeric_id, visible);
