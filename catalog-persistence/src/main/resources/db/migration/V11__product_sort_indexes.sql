-- Product indexes that serve a sorted page in index order and a count from the index alone.
-- Each is (store_id, <sort or filter field>, numeric_id, visible): the queries order by the store, the field and
-- numericId (the tie-breaker), so a page of 100 reads about 100 index entries, forwards or backwards, instead of
-- every match; visible is in the index so that storefront queries and every count never read a row to check it.
DROP INDEX ix_product_store_name;
DROP INDEX ix_product_store_sku;
DROP INDEX ix_product_store_price;
DROP INDEX ix_product_store_last_updated;
DROP INDEX ix_product_store_type;
DROP INDEX ix_product_store_visible_numeric_id;

CREATE INDEX ix_product_store_name ON product (store_id, name, numeric_id, visible);
CREATE INDEX ix_product_store_sku ON product (store_id, sku, numeric_id, visible);
CREATE INDEX ix_product_store_price ON product (store_id, price, numeric_id, visible);
CREATE INDEX ix_product_store_last_updated ON product (store_id, last_updated, numeric_id, visible);
CREATE INDEX ix_product_store_type ON product (store_id, product_type, numeric_id, visible);
CREATE INDEX ix_product_store_numeric_id_visible ON product (store_id, numeric_id, visible);
CREATE INDEX ix_product_store_id ON product (store_id, id, visible);
