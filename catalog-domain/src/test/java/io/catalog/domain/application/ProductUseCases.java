package io.catalog.domain.application;

import io.catalog.domain.store.StoreId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The product use cases wired as in production, over the in-memory repository and store settings, direct
 * transactions, a recording event publisher and a clock fixed at {@link #NOW}.
 */
final class ProductUseCases {

    static final StoreId STORE = new StoreId("store-1");
    static final StoreId OTHER_STORE = new StoreId("store-2");
    static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");

    final InMemoryProductRepository products = new InMemoryProductRepository();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final InMemoryStoreSettings settings;
    final Transactions transactions = new DirectTransactions();
    final CreateProductService creation;
    final GetProductService reading;
    final UpdateProductService updates;
    final UpdateVariantsService variants;
    final ProductMediaService media;
    final AdjustStockService stock;
    final StoreSettingsService storeSettings;

    /** Every store's prices in {@code currencyCode}. */
    ProductUseCases(String currencyCode) {
        settings = new InMemoryStoreSettings(currencyCode);
        ProductUnitOfWork unitOfWork =
                new ProductUnitOfWork(products, transactions, events, Clock.fixed(NOW, ZoneOffset.UTC));
        creation = new CreateProductService(unitOfWork, products, settings);
        reading = new GetProductService(unitOfWork);
        updates = new UpdateProductService(unitOfWork, products, settings);
        variants = new UpdateVariantsService(unitOfWork);
        media = new ProductMediaService(unitOfWork);
        stock = new AdjustStockService(unitOfWork, settings);
        storeSettings = new StoreSettingsService(settings, transactions);
    }
}
