package io.catalog.domain.application;

import io.catalog.domain.collection.CollectionRepository;
import io.catalog.domain.collection.Membership;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductNotFoundException;
import io.catalog.domain.product.ProductRepository;
import io.catalog.domain.product.ProductSummary;
import io.catalog.domain.product.query.ProductMatches;
import io.catalog.domain.product.query.ProductQueries;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettings;
import io.catalog.domain.store.StoreSettingsRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Application service of the read side: one product, or a page of a store's products, with what their answers
 * need (collection memberships, the store's settings), each read in one transaction.
 */
public final class ProductQueryService {

    private final ProductQueries queries;
    private final ProductRepository products;
    private final CollectionRepository collections;
    private final StoreSettingsRepository settings;
    private final Transactions transactions;

    public ProductQueryService(
            ProductQueries queries,
            ProductRepository products,
            CollectionRepository collections,
            StoreSettingsRepository settings,
            Transactions transactions) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.products = Objects.requireNonNull(products, "products");
        this.collections = Objects.requireNonNull(collections, "collections");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * A product of {@code store}. With {@code visibleOnly} (callers that may only read) a hidden product is not
     * found, like one that does not exist.
     *
     * @throws ProductNotFoundException when the store has no such product (or it is hidden from the caller)
     */
    public ProductView get(StoreId store, ProductId id, boolean visibleOnly) {
        return transactions.inTransaction(() -> {
            Product product = products.find(store, id)
                    .filter(p -> p.visible() || !visibleOnly)
                    .orElseThrow(() -> new ProductNotFoundException(id));
            return wholeViews(store, List.of(product)).get(0);
        });
    }

    /**
     * The current revision of a product of {@code store}, read alone: whether an answer made earlier at some
     * revision still answers for it. With {@code visibleOnly} a hidden product is not found.
     *
     * @throws ProductNotFoundException when the store has no such product (or it is hidden from the caller)
     */
    public long revision(StoreId store, ProductId id, boolean visibleOnly) {
        return transactions
                .singleRead(() -> products.revisionOf(store, id))
                .filter(r -> r.visible() || !visibleOnly)
                .orElseThrow(() -> new ProductNotFoundException(id))
                .revision();
    }

    /** The view of a product just read or written: its memberships and its store's settings. */
    public ProductView viewOf(Product product) {
        return transactions.inTransaction(
                () -> wholeViews(product.storeId(), List.of(product)).get(0));
    }

    /** One page of the products of {@code store} that match {@code query}, each with its view. */
    public ProductViewPage query(StoreId store, ProductQuery query) {
        return query(store, query, (id, revision) -> false);
    }

    /**
     * One page of the products of {@code store} that match {@code query}. The products for which {@code kept}
     * answers true (the caller holds an answer of that product at that revision) are not read: their entries come
     * without a view. The others are read together, with a fixed number of statements.
     */
    public ProductViewPage query(StoreId store, ProductQuery query, BiPredicate<ProductId, Long> kept) {
        return transactions.inTransaction(() -> {
            ProductMatches page = queries.matches(store, query);
            Set<ProductId> toRead = new LinkedHashSet<>();
            page.matches().stream()
                    .filter(m -> !kept.test(m.id(), m.revision()))
                    .forEach(m -> toRead.add(m.id()));
            Map<ProductId, ProductView> read = new HashMap<>();
            if (!toRead.isEmpty()) {
                // A product hidden since it matched is left out for callers that only see visible ones.
                // Without includeVariants the choices' stored availability stands in for the variants.
                List<ProductId> ids = List.copyOf(toRead);
                List<ProductView> found = query.includeVariants()
                        ? wholeViews(
                                store,
                                queries.products(store, ids).stream()
                                        .filter(p -> p.visible() || !query.visibleOnly())
                                        .toList())
                        : views(
                                store,
                                queries.productsWithoutVariants(store, ids).stream()
                                        .filter(p -> p.visible() || !query.visibleOnly())
                                        .toList(),
                                id -> Optional.empty());
                found.forEach(view -> read.put(view.product().id(), view));
            }
            List<ProductViewPage.Entry> entries = new ArrayList<>(page.matches().size());
            for (ProductMatches.Match match : page.matches()) {
                if (!toRead.contains(match.id())) {
                    entries.add(new ProductViewPage.Entry(match.id(), match.revision(), Optional.empty()));
                } else if (read.containsKey(match.id())) { // else deleted since it matched
                    ProductView view = read.get(match.id());
                    entries.add(
                            new ProductViewPage.Entry(match.id(), view.product().revision(), Optional.of(view)));
                }
            }
            return new ProductViewPage(entries, page.totalResults());
        });
    }

    /** The views of products read whole. */
    private List<ProductView> wholeViews(StoreId store, List<Product> page) {
        Map<ProductId, Product> byId = new HashMap<>();
        page.forEach(p -> byId.put(p.id(), p));
        return views(store, page.stream().map(Product::summary).toList(), id -> Optional.of(byId.get(id)));
    }

    /** The views of products as {@code page} summarizes them, each with the product {@code whole} gives, if any. */
    private List<ProductView> views(
            StoreId store, List<ProductSummary> page, Function<ProductId, Optional<Product>> whole) {
        if (page.isEmpty()) {
            return List.of();
        }
        StoreSettings storeSettings = settings.settingsOf(store);
        Map<ProductId, List<Membership>> memberships = collections.collectionsOf(
                store, page.stream().map(ProductSummary::id).toList());
        return page.stream()
                .map(p -> new ProductView(
                        p, whole.apply(p.id()), memberships.getOrDefault(p.id(), List.of()), storeSettings))
                .toList();
    }
}
