-- Indexes behind the product query filters and sorts (store first: every query is scoped by store).
-- (store_id, numeric_id) and (store_id, slug) are already indexed by their unique constraints.
-- A product without a SKU stores '' so that SKU conditions compare plain values.
UPDATE product SET sku = '' WHERE sku IS NULL;
UPDATE product_variant SET sku = '' WHERE sku IS NULL;

CREATE INDEX ix_product_store_name ON product (store_id, name);
CREATE INDEX ix_product_store_sku ON product (store_id, sku);
CREATE INDEX ix_product_store_price ON product (store_id, price);
CREATE INDEX ix_product_store_last_updated ON product (store_id, last_updated);
CREATE INDEX ix_product_store_type ON product (store_id, product_type);
CREATE INDEX ix_product_store_visible_numeric_id ON product (store_id, visible, numeric_id);
