package io.catalog.persistence;

import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettings;
import io.catalog.domain.store.StoreSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Currency;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code store} rows: a store's settings (created with the configured defaults when a store is first seen) and
 * its numeric-id counter. Taking the next numeric id locks the store row until the transaction ends, so products of
 * one store get their numeric ids in commit order and a crawl by ascending numericId never skips one.
 */
@ApplicationScoped
public class StoreRows implements StoreSettingsRepository {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    StoreRowCreator creator;

    @Inject
    @ConfigProperty(name = "catalog.store.default-currency", defaultValue = "USD")
    String defaultCurrency;

    @Inject
    @ConfigProperty(name = "catalog.store.default-site-url", defaultValue = "https://www.example.com/")
    String defaultSiteUrl;

    @Override
    public StoreSettings settingsOf(StoreId store) {
        StoreEntity row = em.find(StoreEntity.class, store.value());
        if (row == null) {
            return new StoreSettings(store, Currency.getInstance(defaultCurrency), defaultSiteUrl);
        }
        return new StoreSettings(
                store,
                Currency.getInstance(row.currency),
                row.siteUrl == null ? defaultSiteUrl : row.siteUrl,
                row.allowBackorders);
    }

    @Override
    public void saveAllowBackorders(StoreId store, boolean allowBackorders) {
        ensureExists(store);
        em.find(StoreEntity.class, store.value(), LockModeType.PESSIMISTIC_WRITE).allowBackorders = allowBackorders;
        em.flush();
    }

    /**
     * Reserves the next {@code count} numeric ids of {@code store} and answers the first; holds the store row's lock
     * until the caller's transaction ends.
     */
    public long nextNumericIds(StoreId store, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        StoreEntity row = lockedRow(store);
        long first = row.lastNumericId + 1;
        row.lastNumericId += count;
        return first;
    }

    /**
     * Which products a store has and shows, and what its filters read, as of now: its last numeric id (moved by every
     * creation), its product-set version (moved by every deletion and visibility change) and its product-data version
     * (moved by every other change of what a filter reads). While the first two stay, a count of its products above a
     * numeric id, visible or all, stays true; while all three stay, so does the count of any filter that does not
     * read {@code lastUpdated}. Empty for a store without a row (and so without products).
     */
    public java.util.Optional<ProductSetStamp> productSetStamp(StoreId store) {
        return em.createQuery(
                        "SELECT s.lastNumericId, s.productSetVersion, s.productDataVersion FROM StoreEntity s"
                                + " WHERE s.storeId = :store",
                        Object[].class)
                .setParameter("store", store.value())
                .getResultStream()
                .findFirst()
                .map(row -> new ProductSetStamp(
                        ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
    }

    /** See {@link #productSetStamp}. */
    public record ProductSetStamp(long lastNumericId, long version, long dataVersion) {

        /** Whether both stamps see the same products, shown alike (the data the filters read may differ). */
        public boolean sameSet(ProductSetStamp other) {
            return other != null && lastNumericId == other.lastNumericId && version == other.version;
        }
    }

    /**
     * Records that a product of the store was deleted or changed visibility, in the caller's transaction (the store
     * row stays locked until it ends).
     */
    public void productSetChanged(StoreId store) {
        lockedRow(store).productSetVersion++;
        em.flush();
    }

    /**
     * Records that something product filters read changed (a name, description, SKU, slug, type, price, option or
     * choice, or collection membership of a product), in the caller's transaction (the store row stays locked until
     * it ends: call it last).
     */
    public void productDataChanged(StoreId store) {
        lockedRow(store).productDataVersion++;
        em.flush();
    }

    /** Makes sure the store has its row (with the default settings), so rows of other tables may refer to it. */
    public void ensureExists(StoreId store) {
        if (em.find(StoreEntity.class, store.value()) == null) {
            create(store);
        }
    }

    private StoreEntity lockedRow(StoreId store) {
        StoreEntity row = em.find(StoreEntity.class, store.value(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            create(store);
            row = em.find(StoreEntity.class, store.value(), LockModeType.PESSIMISTIC_WRITE);
        }
        return row;
    }

    private void create(StoreId store) {
        try {
            creator.create(store, defaultCurrency);
        } catch (RuntimeException createdConcurrently) {
            // another transaction inserted the row first; it serves as well
        }
    }
}
