package io.catalog.domain.application;

import io.catalog.domain.collection.Collection;
import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.collection.CollectionNotFoundException;
import io.catalog.domain.collection.CollectionRepository;
import io.catalog.domain.collection.ItemPlacement;
import io.catalog.domain.collection.Membership;
import io.catalog.domain.collection.SortKey;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductNotFoundException;
import io.catalog.domain.product.ProductRepository;
import io.catalog.domain.product.events.ProductChanged;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.MillisecondClock;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.store.StoreId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The products of a category in the merchant's order, and the categories of a product. Placing or moving one product
 * writes its one membership row (a {@link SortKey} between its new neighbours), however many products the category
 * holds, and announces a {@code ProductChanged} ({@code collectionIds}) for that product only.
 */
public final class CategoryItemsService {

    /** The most products one page of a category's items lists. */
    public static final int MAX_PAGE = 100;

    private static final List<String> COLLECTION_IDS = List.of("collectionIds");

    private final CollectionRepository categories;
    private final ProductRepository products;
    private final Transactions transactions;
    private final DomainEventPublisher events;
    private final Clock clock;

    public CategoryItemsService(
            CollectionRepository categories,
            ProductRepository products,
            Transactions transactions,
            DomainEventPublisher events,
            Clock clock) {
        this.categories = Objects.requireNonNull(categories, "categories");
        this.products = Objects.requireNonNull(products, "products");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = MillisecondClock.of(clock);
    }

    /**
     * Puts the product at {@code placement} in the category's order, adding it to the category when it is not in it
     * yet. {@code BEFORE} must name another product of the category.
     */
    public void place(StoreId store, CollectionId categoryId, ProductId product, ItemPlacement placement) {
        transactions.inTransaction(() -> {
            Collection category = load(store, categoryId);
            category.requireEditable();
            if (!categories.unknownProducts(store, List.of(product)).isEmpty()) {
                throw new ProductNotFoundException(product);
            }
            OptionalLong current = categories.sortKey(categoryId, product);
            if (placement.before().filter(product::equals).isPresent()) {
                if (current.isEmpty()) {
                    throw notInCategory(product);
                }
                return category; // before itself: where it is
            }
            long key = key(categoryId, product, placement);
            categories.place(categoryId, product, key);
            Instant now = clock.instant();
            products.touch(store, List.of(product), now);
            events.publish(new ProductChanged(store, product, COLLECTION_IDS, now));
            return category;
        });
    }

    /** The key for the product at the placement, renumbering the category first when its neighbours left no room. */
    private long key(CollectionId category, ProductId product, ItemPlacement placement) {
        switch (placement.kind()) {
            case FIRST:
                return SortKey.before(categories.firstSortKey(category));
            case LAST:
                return SortKey.after(categories.lastSortKey(category));
            default:
                ProductId next = placement.before().orElseThrow();
                for (int attempt = 0; ; attempt++) {
                    long nextKey = categories.sortKey(category, next).orElseThrow(() -> notInCategory(next));
                    OptionalLong previous = categories.sortKeyBefore(category, next, nextKey);
                    OptionalLong key = SortKey.between(previous, nextKey);
                    if (key.isPresent()) {
                        return key.getAsLong();
                    }
                    if (attempt > 0) {
                        throw new IllegalStateException("no sort key between neighbours after renumbering");
                    }
                    categories.renumber(category);
                }
        }
    }

    /** A page of the category's products in its order, after {@code after} (empty: the first page). */
    public List<CollectionRepository.Placed> items(
            StoreId store,
            CollectionId categoryId,
            Optional<CollectionRepository.Placed> after,
            int limit,
            boolean visibleOnly) {
        return transactions.inTransaction(() -> {
            Collection category = load(store, categoryId);
            if (visibleOnly && !category.visible()) {
                throw new CollectionNotFoundException(categoryId);
            }
            return categories.items(categoryId, after, Math.min(limit, MAX_PAGE), visibleOnly);
        });
    }

    /** The stored categories the product is directly in, each with its place in the tree. */
    public List<Membership> categoriesOf(StoreId store, ProductId product, boolean visibleOnly) {
        return transactions.inTransaction(() -> {
            if (!categories.unknownProducts(store, List.of(product)).isEmpty()) {
                throw new ProductNotFoundException(product);
            }
            Map<ProductId, List<Membership>> memberships = categories.collectionsOf(store, Set.of(product));
            return memberships.getOrDefault(product, List.of()).stream()
                    .filter(m -> m.visible() || !visibleOnly)
                    .toList();
        });
    }

    /** The views of the categories: their ancestors and counts, read together (two statements for any number). */
    public List<CategoryView> views(StoreId store, List<Collection> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        return transactions.inTransaction(() -> {
            Set<CollectionId> ancestorIds = new java.util.HashSet<>();
            page.forEach(c -> ancestorIds.addAll(c.ancestry().ids()));
            Map<CollectionId, Collection> ancestors = new java.util.HashMap<>();
            categories.findAll(store, ancestorIds).forEach(c -> ancestors.put(c.id(), c));
            Map<CollectionId, Long> counts = categories.visibleProductCounts(
                    page.stream().map(Collection::id).toList());
            return page.stream()
                    .map(c -> new CategoryView(
                            c,
                            c.ancestry().ids().stream()
                                    .map(ancestors::get)
                                    .filter(Objects::nonNull)
                                    .toList(),
                            counts.getOrDefault(c.id(), 0L)))
                    .toList();
        });
    }

    private Collection load(StoreId store, CollectionId id) {
        if (id.isAllProducts()) {
            return Collection.allProducts(store, Instant.EPOCH);
        }
        return categories.find(store, id).orElseThrow(() -> new CollectionNotFoundException(id));
    }

    private static RuleViolationException notInCategory(ProductId product) {
        return new RuleViolationException(
                ErrorCodes.ITEM_NOT_IN_CATEGORY,
                "beforeItem",
                "product " + product + " is not in the category, so nothing can be placed before it");
    }
}
