-- Each choice's availability (in stock, visible), derived from the product's variants and written with every change
-- of the product, so that pages without variants do not read the variants. NULL in rows written before: such a
-- product's page entry reads its variants, until its next change stores the values.
ALTER TABLE product_choice ADD COLUMN in_stock BOOLEAN;
ALTER TABLE product_choice ADD COLUMN visible BOOLEAN;
