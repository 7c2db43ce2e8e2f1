-- Collections and which products they hold. Membership rows go with their product or collection.
CREATE TABLE collection (
    id           VARCHAR(36)   NOT NULL,
    store_id     VARCHAR(64)   NOT NULL,
    name         VARCHAR(80)   NOT NULL,
    slug         VARCHAR(100)  NOT NULL,
    description  VARCHAR(8000) NOT NULL,
    visible      BOOLEAN       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_updated TIMESTAMP WITH TIME ZONE NOT NULL,
    revision     BIGINT        NOT NULL,
    CONSTRAINT pk_collection PRIMARY KEY (id),
    CONSTRAINT fk_collection_store FOREIGN KEY (store_id) REFERENCES store (store_id),
    CONSTRAINT uq_collection_store_slug UNIQUE (store_id, slug)
);

CREATE INDEX ix_collection_store_name ON collection (store_id, name);

CREATE TABLE product_collection (
    collection_id VARCHAR(36) NOT NULL,
    product_id    VARCHAR(36) NOT NULL,
    CONSTRAINT pk_product_collection PRIMARY KEY (collection_id, product_id),
    CONSTRAINT fk_product_collection_collection FOREIGN KEY (collection_id) REFERENCES collection (id) ON DELETE CASCADE,
    CONSTRAINT fk_product_collection_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
);

CREATE INDEX ix_product_collection_product ON product_collection (product_id, collection_id);
