-- Catalog V3 per-variant values: a managed variant's own price after discount (under its compare-at price, which is
-- its price), what a product or variant costs the merchant, and a barcode. Each NULL when not set: a variant without
-- a discounted price takes the product's discount, without a cost the product's cost. The barcode holds at most 40
-- characters (the domain's limit); 80 leaves room for H2, which counts UTF-16 code units (see V19).
-- Portable SQL for H2 2.x and PostgreSQL 13+.
ALTER TABLE product ADD COLUMN cost NUMERIC(15, 3);
ALTER TABLE product ADD COLUMN barcode VARCHAR(80);
ALTER TABLE product_variant ADD COLUMN discounted_price NUMERIC(15, 3);
ALTER TABLE product_variant ADD COLUMN cost NUMERIC(15, 3);
ALTER TABLE product_variant ADD COLUMN barcode VARCHAR(80);
