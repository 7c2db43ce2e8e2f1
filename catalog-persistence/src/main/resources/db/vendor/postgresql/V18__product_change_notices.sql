-- PostgreSQL only: every change or deletion of a product row is announced at commit on the channel
-- catalog_products_<schema> with the payload "<product id> <store id>". Servers whose kept answers trust
-- notifications (catalog.product-cache.revisions=notifications, README "Performance") listen to it; with no
-- listener the announcement is dropped. Rows are announced whatever wrote them: this server, another one, or SQL.
CREATE FUNCTION product_change_notice() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('catalog_products_' || TG_TABLE_SCHEMA, OLD.id || ' ' || OLD.store_id);
    RETURN NULL;
END
$$;

CREATE TRIGGER product_change_notice AFTER UPDATE OR DELETE ON product
    FOR EACH ROW EXECUTE FUNCTION product_change_notice();
