package io.catalog.domain.application;

import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettings;
import io.catalog.domain.store.StoreSettingsRepository;
import java.util.Objects;

/** A store's own settings: read them, and change the ones a store may change ({@code allowBackorders}). */
public final class StoreSettingsService {

    private final StoreSettingsRepository settings;
    private final Transactions transactions;

    public StoreSettingsService(StoreSettingsRepository settings, Transactions transactions) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    public StoreSettings get(StoreId store) {
        return transactions.inTransaction(() -> settings.settingsOf(store));
    }

    /** Applies the sent settings ({@code null}: leave as it is) and answers the settings afterwards. */
    public StoreSettings update(StoreId store, Boolean allowBackorders) {
        return transactions.inTransaction(() -> {
            if (allowBackorders != null
                    && allowBackorders != settings.settingsOf(store).allowBackorders()) {
                settings.saveAllowBackorders(store, allowBackorders);
            }
            return settings.settingsOf(store);
        });
    }
}
