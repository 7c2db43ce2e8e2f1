package io.catalog.domain.store;

import java.util.Currency;
import java.util.Objects;

/**
 * The store-wide settings the catalog depends on.
 *
 * @param storeId  the store
 * @param currency the currency of every price in the store
 * @param siteUrl  base URL of the store's site, used to build product page URLs
 * @param allowBackorders whether decrements (and negative {@code inventoryDelta}s) may take a tracked quantity below
 *                        zero; a quantity at or below zero is out of stock either way
 */
public record StoreSettings(StoreId storeId, Currency currency, String siteUrl, boolean allowBackorders) {

    public StoreSettings {
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(siteUrl, "siteUrl");
    }

    /** Settings without backorders. */
    public StoreSettings(StoreId storeId, Currency currency, String siteUrl) {
        this(storeId, currency, siteUrl, false);
    }

    public StoreSettings withAllowBackorders(boolean allow) {
        return new StoreSettings(storeId, currency, siteUrl, allow);
    }
}
