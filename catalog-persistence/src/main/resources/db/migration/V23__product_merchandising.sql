-- A product's merchandising (Catalog V3): its handle, brand, ribbons, point-of-sale visibility, tax group, SEO data,
-- extended fields and tags. Brands and ribbons are kept by name (their ids are derived from the store and the name);
-- SEO data is JSON as text, extended fields the integrator's JSON as sent, tag ids comma-separated, additional ribbons
-- one name a line. Sizes leave room above the domain's bounds (Merchandising, SeoData, ProductTags, Label), which
-- count code points where H2 counts UTF-16 units.

-- The handle is unique per store like the slug; the products there are get their slug as handle (unique as well).
ALTER TABLE product ADD COLUMN handle VARCHAR(100);
UPDATE product SET handle = slug;
ALTER TABLE product ALTER COLUMN handle SET NOT NULL;
ALTER TABLE product ADD CONSTRAINT uq_product_store_handle UNIQUE (store_id, handle);

ALTER TABLE product ADD COLUMN brand_name VARCHAR(200);
ALTER TABLE product ADD COLUMN ribbon_name VARCHAR(200);
ALTER TABLE product ADD COLUMN additional_ribbons VARCHAR(1000);
ALTER TABLE product ADD COLUMN visible_in_pos BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE product SET visible_in_pos = FALSE WHERE product_type = 'DIGITAL';
ALTER TABLE product ADD COLUMN tax_group_id VARCHAR(36);
ALTER TABLE product ADD COLUMN seo_data VARCHAR(1000000);
ALTER TABLE product ADD COLUMN extended_fields VARCHAR(65536);
ALTER TABLE product ADD COLUMN private_tag_ids VARCHAR(3700);
ALTER TABLE product ADD COLUMN public_tag_ids VARCHAR(3700);
