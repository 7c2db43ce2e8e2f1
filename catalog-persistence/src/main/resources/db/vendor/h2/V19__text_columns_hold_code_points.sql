-- H2 only: the catalog's text limits count characters as Unicode code points (a product name holds 80 of them, emoji
-- included), and PostgreSQL's VARCHAR(n) counts code points too, but H2's counts UTF-16 code units, in which a
-- character outside the Basic Multilingual Plane (an emoji) takes two. A name of 41 emoji, within its limit, failed
-- at H2 as too long for VARCHAR(80). Each column holding text the domain limits to n characters is widened to 2n
-- code units here, the most n code points can take; the domain's limit stays the only one that decides.
ALTER TABLE product ALTER COLUMN name SET DATA TYPE VARCHAR(160);
ALTER TABLE product ALTER COLUMN description SET DATA TYPE VARCHAR(16000);
ALTER TABLE product ALTER COLUMN sku SET DATA TYPE VARCHAR(80);
ALTER TABLE product_choice ALTER COLUMN option_name SET DATA TYPE VARCHAR(100);
ALTER TABLE product_choice ALTER COLUMN choice_value SET DATA TYPE VARCHAR(100);
ALTER TABLE product_choice ALTER COLUMN description SET DATA TYPE VARCHAR(100);
ALTER TABLE product_variant ALTER COLUMN sku SET DATA TYPE VARCHAR(80);
ALTER TABLE product_media ALTER COLUMN url SET DATA TYPE VARCHAR(4000);
ALTER TABLE product_media ALTER COLUMN title SET DATA TYPE VARCHAR(400);
ALTER TABLE collection ALTER COLUMN name SET DATA TYPE VARCHAR(160);
ALTER TABLE collection ALTER COLUMN description SET DATA TYPE VARCHAR(16000);
