-- Catalog schema, version 1: stores, products with their option choices and managed variants.
-- Portable SQL for H2 2.x and PostgreSQL 13+.

CREATE TABLE store (
    store_id        VARCHAR(64)  NOT NULL,
    currency        CHAR(3)      NOT NULL,
    site_url        VARCHAR(2000),
    last_numeric_id BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_store PRIMARY KEY (store_id)
);

CREATE TABLE product (
    id                VARCHAR(36)    NOT NULL,
    store_id          VARCHAR(64)    NOT NULL,
    numeric_id        BIGINT         NOT NULL,
    slug              VARCHAR(100)   NOT NULL,
    name              VARCHAR(80)    NOT NULL,
    product_type      VARCHAR(16)    NOT NULL,
    description       VARCHAR(8000)  NOT NULL,
    sku               VARCHAR(40),
    weight            NUMERIC(15, 3),
    visible           BOOLEAN        NOT NULL,
    price             NUMERIC(15, 3) NOT NULL,
    currency          CHAR(3)        NOT NULL,
    discount_type     VARCHAR(8)     NOT NULL,
    discount_value    NUMERIC(15, 3) NOT NULL,
    track_inventory   BOOLEAN        NOT NULL,
    quantity          INTEGER,
    in_stock          BOOLEAN        NOT NULL,
    manage_variants   BOOLEAN        NOT NULL,
    inventory_item_id VARCHAR(36)    NOT NULL,
    next_choice_key   INTEGER        NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_updated      TIMESTAMP WITH TIME ZONE NOT NULL,
    revision          BIGINT         NOT NULL,
    CONSTRAINT pk_product PRIMARY KEY (id),
    CONSTRAINT fk_product_store FOREIGN KEY (store_id) REFERENCES store (store_id),
    CONSTRAINT uq_product_store_numeric_id UNIQUE (store_id, numeric_id),
    CONSTRAINT uq_product_store_slug UNIQUE (store_id, slug)
);

-- One row per choice; an option is the choices that share its position (an option always has a choice).
CREATE TABLE product_choice (
    product_id      VARCHAR(36) NOT NULL,
    choice_key      INTEGER     NOT NULL,
    option_position SMALLINT    NOT NULL,
    option_name     VARCHAR(50) NOT NULL,
    option_type     VARCHAR(16) NOT NULL,
    choice_position SMALLINT    NOT NULL,
    choice_value    VARCHAR(50) NOT NULL,
    description     VARCHAR(50) NOT NULL,
    CONSTRAINT pk_product_choice PRIMARY KEY (product_id, choice_key),
    CONSTRAINT fk_product_choice_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
);

-- Stored data of managed variants only; unmanaged combinations behave as the product and are not stored.
CREATE TABLE product_variant (
    product_id      VARCHAR(36)    NOT NULL,
    variant_id      VARCHAR(36)    NOT NULL,
    price           NUMERIC(15, 3),
    sku             VARCHAR(40),
    weight          NUMERIC(15, 3),
    visible         BOOLEAN        NOT NULL,
    track_inventory BOOLEAN,
    quantity        INTEGER,
    in_stock        BOOLEAN,
    CONSTRAINT pk_product_variant PRIMARY KEY (product_id, variant_id),
    CONSTRAINT fk_product_variant_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
);
