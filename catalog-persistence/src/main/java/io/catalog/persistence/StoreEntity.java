package io.catalog.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Row of {@code store}: a tenant's settings and its numeric-id counter. */
@Entity
@Table(name = "store")
public class StoreEntity {

    @Id
    @Column(name = "store_id")
    String storeId;

    @Column(name = "currency")
    String currency;

    @Column(name = "site_url")
    String siteUrl;

    @Column(name = "allow_backorders")
    boolean allowBackorders;

    @Column(name = "last_numeric_id")
    long lastNumericId;

    /** Moves with every deletion and visibility change of the store's products (see {@link StoreRows#productSetChanged}). */
    @Column(name = "product_set_version")
    long productSetVersion;

    /** Moves with every change of what product filters read (see {@link StoreRows#productDataChanged}). */
    @Column(name = "product_data_version")
    long productDataVersion;

    @Column(name = "created_at")
    OffsetDateTime createdAt;

    protected StoreEntity() {}

    StoreEntity(String storeId, String currency, String siteUrl, OffsetDateTime createdAt) {
        this.storeId = storeId;
        this.currency = currency;
        this.siteUrl = siteUrl;
        this.createdAt = createdAt;
    }
}
