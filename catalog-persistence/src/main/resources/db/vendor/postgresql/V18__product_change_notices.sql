-- PostgreSQL only: with the triggers enabled, every change or deletion of a product row is announced at commit on
-- the channel catalog_products_<schema> with the payload "<product id> <store id>", and a TRUNCATE with "truncate".
-- Rows are announced whatever wrote them: any server, or SQL. Servers whose kept revisions trust notifications
-- (catalog.product-cache.revisions=notifications, README "Performance") listen to the channel. The triggers are
-- created disabled: notifying commits take turns on PostgreSQL's notification queue, a cost only those servers should
-- bring; the first of them to start enables the triggers (ALTER TABLE ... ENABLE TRIGGER), and they stay enabled.
CREATE FUNCTION product_change_notice() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('catalog_products_' || TG_TABLE_SCHEMA, OLD.id || ' ' || OLD.store_id);
    RETURN NULL;
END
$$;

CREATE FUNCTION product_truncate_notice() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('catalog_products_' || TG_TABLE_SCHEMA, 'truncate');
    RETURN NULL;
END
$$;

CREATE TRIGGER product_change_notice AFTER UPDATE OR DELETE ON product
    FOR EACH ROW EXECUTE FUNCTION product_change_notice();

CREATE TRIGGER product_truncate_notice AFTER TRUNCATE ON product
    FOR EACH STATEMENT EXECUTE FUNCTION product_truncate_notice();

ALTER TABLE product DISABLE TRIGGER product_change_notice;
ALTER TABLE product DISABLE TRIGGER product_truncate_notice;
