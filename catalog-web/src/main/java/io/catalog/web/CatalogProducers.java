package io.catalog.web;

import io.catalog.domain.application.AdjustStockService;
import io.catalog.domain.application.CategoryItemsService;
import io.catalog.domain.application.CollectionService;
import io.catalog.domain.application.CreateProductService;
import io.catalog.domain.application.DomainEventPublisher;
import io.catalog.domain.application.GetProductService;
import io.catalog.domain.application.ProductMediaService;
import io.catalog.domain.application.ProductQueryService;
import io.catalog.domain.application.ProductSearchService;
import io.catalog.domain.application.ProductUnitOfWork;
import io.catalog.domain.application.StoreSettingsService;
import io.catalog.domain.application.Transactions;
import io.catalog.domain.application.UpdateProductService;
import io.catalog.domain.application.UpdateVariantsService;
import io.catalog.domain.collection.CollectionRepository;
import io.catalog.domain.product.ProductRepository;
import io.catalog.domain.product.query.ProductQueries;
import io.catalog.domain.product.search.ProductSearches;
import io.catalog.domain.store.StoreSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires the plain-Java application services of the domain to their adapters. */
@ApplicationScoped
public class CatalogProducers {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    ProductUnitOfWork productUnitOfWork(
            ProductRepository products, Transactions transactions, DomainEventPublisher events, Clock clock) {
        return new ProductUnitOfWork(products, transactions, events, clock);
    }

    @Produces
    @Singleton
    CreateProductService createProductService(
            ProductUnitOfWork unitOfWork, ProductRepository products, StoreSettingsRepository settings) {
        return new CreateProductService(unitOfWork, products, settings);
    }

    @Produces
    @Singleton
    GetProductService getProductService(ProductUnitOfWork unitOfWork) {
        return new GetProductService(unitOfWork);
    }

    @Produces
    @Singleton
    UpdateProductService updateProductService(
            ProductUnitOfWork unitOfWork, ProductRepository products, StoreSettingsRepository settings) {
        return new UpdateProductService(unitOfWork, products, settings);
    }

    @Produces
    @Singleton
    UpdateVariantsService updateVariantsService(ProductUnitOfWork unitOfWork) {
        return new UpdateVariantsService(unitOfWork);
    }

    @Produces
    @Singleton
    ProductMediaService productMediaService(ProductUnitOfWork unitOfWork) {
        return new ProductMediaService(unitOfWork);
    }

    @Produces
    @Singleton
    AdjustStockService adjustStockService(ProductUnitOfWork unitOfWork, StoreSettingsRepository settings) {
        return new AdjustStockService(unitOfWork, settings);
    }

    @Produces
    @Singleton
    StoreSettingsService storeSettingsService(StoreSettingsRepository settings, Transactions transactions) {
        return new StoreSettingsService(settings, transactions);
    }

    @Produces
    @Singleton
    CollectionService collectionService(
            CollectionRepository collections,
            ProductRepository products,
            Transactions transactions,
            DomainEventPublisher events,
            Clock clock) {
        return new CollectionService(collections, products, transactions, events, clock);
    }

    @Produces
    @Singleton
    CategoryItemsService categoryItemsService(
            CollectionRepository collections,
            ProductRepository products,
            Transactions transactions,
            DomainEventPublisher events,
            Clock clock) {
        return new CategoryItemsService(collections, products, transactions, events, clock);
    }

    @Produces
    @Singleton
    ProductQueryService productQueryService(
            ProductQueries queries,
            ProductRepository products,
            CollectionRepository collections,
            StoreSettingsRepository settings,
            Transactions transactions) {
        return new ProductQueryService(queries, products, collections, settings, transactions);
    }

    @Produces
    @Singleton
    ProductSearchService productSearchService(
            ProductQueryService queries, ProductSearches searches, Transactions transactions) {
        return new ProductSearchService(queries, searches, transactions);
    }
}
