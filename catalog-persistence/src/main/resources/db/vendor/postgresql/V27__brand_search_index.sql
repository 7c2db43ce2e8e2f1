-- Free-text search reads the brand's name too: a trigram index on it keeps every branch of a search's OR indexed (one
-- branch without an index would make PostgreSQL read the store's products), where pg_trgm was installed (V25_1).
DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    SELECT n.nspname INTO trgm_schema
        FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX ix_product_brand_trgm ON product USING gin (lower(brand_name) %I.gin_trgm_ops)',
            trgm_schema);
    END IF;
END
$$;
