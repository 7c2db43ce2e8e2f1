-- Trigram indexes let LIKE '%word%' look words up instead of reading every product of the store, where the pg_trgm
-- extension can be had (created here if this role may; its operator class is found wherever it was installed).
-- Without it, searches read the store's products: correct, slower. description_text is the column V25 added.
DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm not available: %', SQLERRM;
    END;
    SELECT n.nspname INTO trgm_schema
        FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX ix_product_name_trgm ON product USING gin (lower(name) %I.gin_trgm_ops)',
            trgm_schema);
        EXECUTE format('CREATE INDEX ix_product_description_trgm ON product USING gin (description_text %I.gin_trgm_ops)',
            trgm_schema);
        EXECUTE format('CREATE INDEX ix_product_sku_trgm ON product USING gin (lower(sku) %I.gin_trgm_ops)',
            trgm_schema);
        EXECUTE format('CREATE INDEX ix_product_variant_sku_trgm ON product_variant USING gin (lower(sku) %I.gin_trgm_ops)',
            trgm_schema);
    END IF;
END
$$;
