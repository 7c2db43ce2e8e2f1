package io.catalog.web;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.catalog.domain.application.CollectionService;
import io.catalog.domain.application.DomainEventPublisher;
import io.catalog.domain.application.ProductQueryService;
import io.catalog.domain.application.ProductService;
import io.catalog.domain.application.StoreSettingsService;
import io.catalog.domain.application.Transactions;
import io.catalog.domain.collection.CollectionRepository;
import io.catalog.domain.product.ProductRepository;
import io.catalog.domain.product.query.ProductQueries;
import io.catalog.domain.store.StoreSettingsRepository;

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
    ProductService productService(ProductRepository products, StoreSettingsRepository settings,
                                  Transactions transactions, DomainEventPublisher events, Clock clock) {
        return new ProductService(products, settings, transactions, events, clock);
    }

    @Produces
    @Singleton
    StoreSettingsService storeSettingsService(StoreSettingsRepository settings, Transactions transactions) {
        return new StoreSettingsService(settings, transactions);
    }

    @Produces
    @Singleton
    CollectionService collectionService(CollectionRepository collections, ProductRepository products,
                                        Transactions transactions, DomainEventPublisher events, Clock clock) {
        return new CollectionService(collections, products, transactions, events, clock);
    }

    @Produces
    @Singleton
    ProductQueryService productQueryService(ProductQueries queries, ProductRepository products,
                                            CollectionRepository collections, StoreSettingsRepository settings,
                                            Transactions transactions) {
        return new ProductQueryService(queries, products, collections, settings, transactions);
    }
}
