-- Catalog V3 product details: a media item's alt text and upload id (its display name is v1's title, kept already);
-- a product's info sections (JSON array of {uniqueName, title, description}, in order) and its variants' details
-- (JSON object by variant id of {mediaId, digitalFile, preorderEnabled}), each NULL when the product has none. Sizes
-- leave room above the domain's bounds (MediaItem, InfoSections, ProductDetails), which count code points where H2
-- counts UTF-16 units. Portable SQL for H2 2.x and PostgreSQL 13+.
ALTER TABLE product_media ADD COLUMN alt_text VARCHAR(2000);
ALTER TABLE product_media ADD COLUMN upload_id VARCHAR(200);
ALTER TABLE product ADD COLUMN info_sections VARCHAR(1000000);
ALTER TABLE product ADD COLUMN variant_details VARCHAR(1000000);
