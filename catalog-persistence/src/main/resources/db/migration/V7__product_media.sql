-- Product media: one row per media item, in display order. The choices an item is linked to are listed in
-- choice_keys (comma-separated choice keys, empty when none), so a product's media and its links to choices are
-- read with one statement. Rows go with their product.
CREATE TABLE product_media (
    product_id  VARCHAR(36)   NOT NULL,
    media_id    VARCHAR(200)  NOT NULL,
    media_position SMALLINT   NOT NULL,
    media_type  VARCHAR(16)   NOT NULL,
    url         VARCHAR(2000) NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    choice_keys VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_product_media PRIMARY KEY (product_id, media_id),
    CONSTRAINT fk_product_media_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
);
