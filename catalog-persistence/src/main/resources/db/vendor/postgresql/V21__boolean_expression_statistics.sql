-- Queries test boolean columns as CASE WHEN column THEN 1 ELSE 0 END = 1, the same SQL on every database
-- (ProductQueryTranslator says why). Without statistics on that expression PostgreSQL guesses that it keeps 0.5% of
-- the rows; for a storefront page far into a store it then reads the whole product table and sorts it (100,000
-- products, a page at offset 5,000: 42 ms instead of 1.6 ms). Statistics on the expressions (PostgreSQL 14 and later)
-- give it their real share; on older servers nothing is created.
DO $$
BEGIN
    IF current_setting('server_version_num')::int >= 140000 THEN
        CREATE STATISTICS product_visible_number ON (CASE WHEN visible THEN 1 ELSE 0 END) FROM product;
        CREATE STATISTICS product_manage_variants_number ON (CASE WHEN manage_variants THEN 1 ELSE 0 END) FROM product;
        CREATE STATISTICS product_choice_visible_number ON (CASE WHEN visible THEN 1 ELSE 0 END) FROM product_choice;
        CREATE STATISTICS collection_visible_number ON (CASE WHEN visible THEN 1 ELSE 0 END) FROM collection;
    END IF;
END
$$;

ANALYZE product;
ANALYZE product_choice;
ANALYZE collection;
