package io.catalog.domain.store;

/** Port to the store settings. */
public interface StoreSettingsRepository {

    /** The settings of {@code store}; stores without explicit settings get the adapter's defaults. */
    StoreSettings settingsOf(StoreId store);
}
