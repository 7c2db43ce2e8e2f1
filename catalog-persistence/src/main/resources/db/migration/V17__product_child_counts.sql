-- How many choices and media items a product has, written with every change of the product, so that a page of
-- products looks up choices and media only for the products that have some: most products of a store have no
-- options and no media, and each product looked up costs the database an index descent even when it finds nothing.
-- Filled here for the products stored before; NULL would mean "unknown, look them up".
-- Portable SQL for H2 2.x and PostgreSQL 13+.
ALTER TABLE product ADD COLUMN choice_count INTEGER;
ALTER TABLE product ADD COLUMN media_count INTEGER;
UPDATE product SET
    choice_count = (SELECT COUNT(*) FROM product_choice c WHERE c.product_id = product.id),
    media_count = (SELECT COUNT(*) FROM product_media m WHERE m.product_id = product.id);
