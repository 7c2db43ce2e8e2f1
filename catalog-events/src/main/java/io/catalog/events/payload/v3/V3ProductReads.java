package io.catalog.events.payload.v3;

import io.catalog.domain.application.ProductQueryService;
import io.catalog.domain.application.Transactions;
import io.catalog.domain.collection.CollectionRepository;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductRepository;
import io.catalog.domain.product.query.ProductQueries;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettingsRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * Reads a product for its V3 event in the transaction that changes it, so the product as it commits, with what Get
 * Product (V3) reads beside it (memberships, the store's settings), and renders it as the V3 dialect does ({@link V3ProductRendering}). The product
 * is read back through the write side ({@link ProductRepository#findForUpdate}, whose row lock the change already
 * holds): the read side's read-only queries answer the committed state, not the transaction's own.
 */
@ApplicationScoped
public class V3ProductReads {

    @Inject
    ProductQueries queries;

    @Inject
    ProductRepository products;

    @Inject
    CollectionRepository collections;

    @Inject
    StoreSettingsRepository settings;

    @Inject
    Transactions transactions;

    @Inject
    V3ProductRendering rendering;

    private ProductQueryService reads;

    @PostConstruct
    void init() {
        reads = new ProductQueryService(queries, products, collections, settings, transactions);
    }

    /** The V3 product of a product just created, from its snapshot. */
    public JsonObject created(Product product) {
        return rendering.render(reads.viewOf(product));
    }

    /** The V3 product as the running transaction has written it. */
    public JsonObject current(StoreId store, ProductId id) {
        Product product = products.findForUpdate(store, id)
                .orElseThrow(() -> new IllegalStateException("product " + id + " changed and not found"));
        return rendering.render(reads.viewOf(product));
    }
}
