package io.catalog.domain.store;

import java.util.Currency;
import java.util.Objects;

/**
 * The store-wide settings the catalog depends on.
 *
 * @param storeId  the store
 * @param currency the currency of every price in the store
 * @param siteUrl  base URL of the store's site, used to build product page URLs
 */
public record StoreSettings(StoreId storeId, Currency currency, String siteUrl) {

    public StoreSettings {
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(siteUrl, "siteUrl");
    }
}
