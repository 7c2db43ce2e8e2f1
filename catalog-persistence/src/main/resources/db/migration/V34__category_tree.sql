-- Collections become the catalog's categories: a tree (parent_id, and the materialized path of ids from the
-- top-level category down to the category itself, '/top/.../self/', with its depth), an image, and the merchant's
-- order of the products in each (a sparse sort key per membership; see docs/architecture.md, "Categories").
ALTER TABLE collection ADD COLUMN parent_id VARCHAR(36);
ALTER TABLE collection ADD COLUMN path VARCHAR(200);
ALTER TABLE collection ADD COLUMN depth INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE collection ADD COLUMN image_url VARCHAR(2048);
UPDATE collection SET path = '/' || id || '/';
ALTER TABLE collection ALTER COLUMN path SET NOT NULL;
ALTER TABLE collection ADD CONSTRAINT fk_collection_parent
    FOREIGN KEY (parent_id) REFERENCES collection (id) ON DELETE CASCADE;
CREATE INDEX ix_collection_parent ON collection (parent_id);
CREATE INDEX ix_collection_store_path ON collection (store_id, path);

ALTER TABLE product_collection ADD COLUMN sort_key BIGINT DEFAULT 0 NOT NULL;
-- Existing memberships keep the order they were listed in (by product id), 2^20 apart.
MERGE INTO product_collection t
USING (SELECT collection_id, product_id,
              ROW_NUMBER() OVER (PARTITION BY collection_id ORDER BY product_id) AS n
         FROM product_collection) s
   ON (t.collection_id = s.collection_id AND t.product_id = s.product_id)
 WHEN MATCHED THEN UPDATE SET sort_key = s.n * 1048576;
-- A category's products in order, read as a range of this index.
CREATE INDEX ix_product_collection_order ON product_collection (collection_id, sort_key, product_id);
