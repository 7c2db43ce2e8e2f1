package io.catalog.domain.store;

/** Port to the store settings. */
public interface StoreSettingsRepository {

    /** The settings of {@code store}; stores without explicit settings get the adapter's defaults. */
    StoreSettings settingsOf(StoreId store);

    /** Stores the store's backorder setting, creating the store's settings with the defaults if it has none. */
    default void saveAllowBackorders(StoreId store, boolean allowBackorders) {
        throw new UnsupportedOperationException("this store-settings adapter is read-only");
    }
}
