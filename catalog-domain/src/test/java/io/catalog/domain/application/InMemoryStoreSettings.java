package io.catalog.domain.application;

import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettings;
import io.catalog.domain.store.StoreSettingsRepository;
import java.util.Currency;
import java.util.HashSet;
import java.util.Set;

/** Fake of the store-settings port: every store in one currency, without backorders until they are allowed. */
final class InMemoryStoreSettings implements StoreSettingsRepository {

    private final Currency currency;
    private final Set<StoreId> backordering = new HashSet<>();

    InMemoryStoreSettings(String currencyCode) {
        this.currency = Currency.getInstance(currencyCode);
    }

    @Override
    public StoreSettings settingsOf(StoreId store) {
        return new StoreSettings(store, currency, "https://shop.example", backordering.contains(store));
    }

    @Override
    public void saveAllowBackorders(StoreId store, boolean allow) {
        if (allow) {
            backordering.add(store);
        } else {
            backordering.remove(store);
        }
    }
}
