package io.catalog.domain.application;

import io.catalog.domain.product.InventoryChange;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductNotFoundException;
import io.catalog.domain.product.ProductRepository;
import io.catalog.domain.product.events.InventoryLowStock;
import io.catalog.domain.product.events.InventoryLowStock.LowVariant;
import io.catalog.domain.product.events.InventoryVariantsChanged;
import io.catalog.domain.product.events.ProductChanged;
import io.catalog.domain.product.events.ProductCreated;
import io.catalog.domain.product.events.ProductDeleted;
import io.catalog.domain.product.events.VariantsChanged;
import io.catalog.domain.product.events.VariantsChanged.VariantChange;
import io.catalog.domain.shared.MillisecondClock;
import io.catalog.domain.shared.StaleRevisionException;
import io.catalog.domain.store.StoreId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The unit of work every product use case runs in: it loads a product (or answers {@link ProductNotFoundException}),
 * checks the revision the caller expects (or answers {@link StaleRevisionException}), hands it to the use case's
 * step with the instant of the change, saves it and turns what the aggregate recorded into events, all in one
 * transaction.
 *
 * <p>A change without an expected revision is retried when the repository reports a concurrent update: the whole
 * step runs again on freshly loaded state, up to {@value #MAX_RETRIES} more times. That is safe because a step applies
 * only what the caller sent. A change under the product row's lock ({@link #changeLocked}) has no concurrent update
 * to lose, and is never retried.
 */
public final class ProductUnitOfWork {

    static final int MAX_RETRIES = 3;

    private final ProductRepository products;
    private final Transactions transactions;
    private final DomainEventPublisher events;
    private final Clock clock;

    public ProductUnitOfWork(
            ProductRepository products, Transactions transactions, DomainEventPublisher events, Clock clock) {
        this.products = Objects.requireNonNull(products, "products");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = MillisecondClock.of(clock);
    }

    /** A step of a unit of work on a freshly loaded product, at the instant of the change. */
    @FunctionalInterface
    interface ProductWork<T> {
        T apply(Product product, Instant now);
    }

    /** Runs {@code work} in a transaction of its own, or in the caller's. */
    <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    /** The instant of a change, in whole milliseconds. */
    Instant now() {
        return clock.instant();
    }

    /** The product, read in a transaction; {@link ProductNotFoundException} when the store has no such product. */
    Product get(StoreId store, ProductId id) {
        return transactions.inTransaction(() -> load(store, id));
    }

    /**
     * Runs {@code work} on the product as stored, in a transaction, after checking the expected revision; retried on
     * a concurrent update when no revision is expected (see the class comment).
     */
    <T> T change(StoreId store, ProductId id, OptionalLong expectedRevision, ProductWork<T> work) {
        int retries = expectedRevision.isPresent() ? 0 : MAX_RETRIES;
        for (int attempt = 0; ; attempt++) {
            try {
                return transactions.inTransaction(() -> {
                    Product product = load(store, id);
                    ExpectedRevision.require(expectedRevision, product.revision());
                    return work.apply(product, now());
                });
            } catch (StaleRevisionException e) {
                if (attempt >= retries) {
                    throw e;
                }
            }
        }
    }

    /**
     * Runs {@code work} on the product with its row locked until the transaction commits, after checking the
     * expected revision: concurrent changes of the product wait for this one instead of failing.
     */
    <T> T changeLocked(StoreId store, ProductId id, OptionalLong expectedRevision, ProductWork<T> work) {
        return transactions.inTransaction(() -> {
            Product product = lock(store, id);
            ExpectedRevision.require(expectedRevision, product.revision());
            return work.apply(product, now());
        });
    }

    /** The product, read in the running transaction; {@link ProductNotFoundException} when there is none. */
    Product load(StoreId store, ProductId id) {
        return found(products.find(store, id), id);
    }

    /** The product with its row locked until the running transaction ends. */
    Product lock(StoreId store, ProductId id) {
        return found(products.findForUpdate(store, id), id);
    }

    private static Product found(Optional<Product> product, ProductId id) {
        return product.orElseThrow(() -> new ProductNotFoundException(id));
    }

    /** Stores new products and publishes a {@code ProductCreated}, carrying its state, for each. */
    void add(StoreId store, List<Product> created, Instant now) {
        if (created.isEmpty()) {
            return;
        }
        products.addAll(created);
        created.forEach(product -> events.publish(new ProductCreated(store, product.id(), product.state(), now)));
    }

    /** Deletes the product and publishes {@code ProductDeleted}. */
    void delete(Product product, Instant now) {
        products.delete(product);
        events.publish(new ProductDeleted(product.storeId(), product.id(), now));
    }

    /**
     * Stores the product and publishes its changes: {@code ProductChanged}, {@code VariantsChanged} when stored
     * variant data changed, {@code InventoryVariantsChanged} when the stock of any variant (as the inventory lists
     * it) changed, and {@code InventoryLowStock} when tracked quantities fell to the warning limit. An unchanged
     * product is left alone, at its revision.
     */
    Product save(Product product, Instant now) {
        if (!product.hasChanges()) {
            return product;
        }
        Product saved = products.update(product);
        events.publish(new ProductChanged(product.storeId(), product.id(), List.copyOf(product.changedFields()), now));
        List<VariantChange> variantChanges = product.changedVariantFields().entrySet().stream()
                .map(entry -> new VariantChange(
                        entry.getKey(),
                        product.variants().find(entry.getKey()).orElseThrow().choices(),
                        List.copyOf(entry.getValue())))
                .toList();
        if (!variantChanges.isEmpty()) {
            events.publish(new VariantsChanged(product.storeId(), product.id(), variantChanges, now));
        }
        List<InventoryChange> inventory = product.inventoryChanges();
        if (!inventory.isEmpty()) {
            events.publish(new InventoryVariantsChanged(
                    product.storeId(), product.id(), product.inventoryItemId(), inventory, now));
            List<LowVariant> low = product.lowStock(inventory).stream()
                    .map(change ->
                            new LowVariant(change.variantId(), change.after().quantity()))
                    .toList();
            if (!low.isEmpty()) {
                events.publish(new InventoryLowStock(
                        product.storeId(), product.id(), product.inventoryItemId(), product.warningLimit(), low, now));
            }
        }
        return saved;
    }
}
