package io.catalog.domain.application;

import io.catalog.domain.collection.Ancestry;
import io.catalog.domain.collection.CategoryImage;
import io.catalog.domain.collection.Collection;
import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.collection.CollectionName;
import io.catalog.domain.collection.CollectionNotFoundException;
import io.catalog.domain.collection.CollectionQuery;
import io.catalog.domain.collection.CollectionRepository;
import io.catalog.domain.collection.SortKey;
import io.catalog.domain.collection.events.CollectionChanged;
import io.catalog.domain.collection.events.CollectionCreated;
import io.catalog.domain.collection.events.CollectionDeleted;
import io.catalog.domain.product.Description;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductRepository;
import io.catalog.domain.product.Slug;
import io.catalog.domain.product.events.ProductChanged;
import io.catalog.domain.product.query.Paging;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.MillisecondClock;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Application service of collections: their own data, and which products they hold. Membership calls name at most
 * {@value #MAX_PRODUCT_IDS} products, must name products of the store (an unknown one is refused, naming it, and
 * nothing changes) and are idempotent. Each product whose memberships a call changed (added, removed, or in a deleted
 * collection) gets a {@code ProductChanged} with {@code changedFields ["collectionIds"]}; no product is loaded for it.
 */
public final class CollectionService {

    public static final int MAX_PRODUCT_IDS = 1000;
    /** The most categories (v1 collections) a store may have, All Products not counted (Wix's limit per tree). */
    public static final int MAX_CATEGORIES = 1000;

    private static final List<String> COLLECTION_IDS = List.of("collectionIds");

    private final CollectionRepository collections;
    private final ProductRepository products;
    private final Transactions transactions;
    private final DomainEventPublisher events;
    private final Clock clock;

    public CollectionService(
            CollectionRepository collections,
            ProductRepository products,
            Transactions transactions,
            DomainEventPublisher events,
            Clock clock) {
        this.collections = Objects.requireNonNull(collections, "collections");
        this.products = Objects.requireNonNull(products, "products");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = MillisecondClock.of(clock);
    }

    /**
     * The fields of a create or update, each {@code null} when not sent; {@code parentId} empty is a top-level
     * category, {@code image} empty removes the image.
     */
    public record CollectionCommand(
            String name,
            String slug,
            String description,
            Boolean visible,
            Optional<String> parentId,
            Optional<String> image) {

        /** The fields a v1 collection has. */
        public CollectionCommand(String name, String slug, String description, Boolean visible) {
            this(name, slug, description, visible, null, null);
        }
    }

    public Collection create(StoreId store, CollectionCommand command) {
        CollectionName name = new CollectionName(command.name());
        Description description =
                command.description() == null ? Description.EMPTY : Description.of(command.description());
        Optional<CategoryImage> image = image(command.image());
        Optional<CollectionId> parentId = parentId(command.parentId());
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            if (collections.count(store) >= MAX_CATEGORIES) {
                throw new RuleViolationException(
                        ErrorCodes.TOO_MANY_CATEGORIES,
                        null,
                        "a store has at most " + MAX_CATEGORIES + " categories (collections)");
            }
            Ancestry ancestry = ancestryUnder(store, parentId);
            Slug slug = command.slug() != null
                    ? requireFree(store, Slug.parse(command.slug()))
                    : Slug.fromName(name.value()).firstFree(candidates -> collections.slugsTaken(store, candidates));
            Collection collection = Collection.create(
                    CollectionId.random(),
                    store,
                    name,
                    slug,
                    description,
                    command.visible() == null || command.visible(),
                    ancestry,
                    image,
                    now);
            collections.add(collection);
            events.publish(new CollectionCreated(store, collection.id(), name.value(), now));
            return collection;
        });
    }

    public Collection get(StoreId store, CollectionId id) {
        return transactions.inTransaction(() -> load(store, id));
    }

    public Collection update(StoreId store, CollectionId id, CollectionCommand command, OptionalLong revision) {
        return transactions.inTransaction(() -> {
            Collection collection = load(store, id);
            collection.requireEditable();
            ExpectedRevision.require(revision, collection.revision());
            Instant now = clock.instant();
            if (command.name() != null) {
                collection.rename(new CollectionName(command.name()), now);
            }
            if (command.slug() != null && !Slug.parse(command.slug()).equals(collection.slug())) {
                collection.changeSlug(requireFree(store, Slug.parse(command.slug())), now);
            }
            if (command.description() != null) {
                collection.changeDescription(Description.of(command.description()), now);
            }
            if (command.visible() != null) {
                collection.changeVisibility(command.visible(), now);
            }
            if (command.image() != null) {
                collection.changeImage(image(command.image()), now);
            }
            if (command.parentId() != null) {
                Ancestry ancestry = ancestryUnder(store, parentId(command.parentId()));
                if (!ancestry.equals(collection.ancestry())) {
                    collection.moveTo(ancestry, collections.subtreeHeight(collection), now);
                }
            }
            if (!collection.hasChanges()) {
                return collection;
            }
            Collection saved = collections.update(collection);
            events.publish(new CollectionChanged(store, id, List.copyOf(collection.changedFields()), now));
            if (collection.changedFields().contains("visible")) {
                visibilityChanged(store, collections.members(id), now);
            }
            if (collection.changedFields().contains("parentCategory")) {
                // the ancestors of every product in the subtree changed (allCategoriesInfo)
                membershipChanged(store, collections.subtreeMembers(saved), now);
            }
            return saved;
        });
    }

    public void delete(StoreId store, CollectionId id) {
        transactions.inTransaction(() -> {
            Collection collection = load(store, id);
            collection.requireEditable();
            Instant now = clock.instant();
            CollectionRepository.Removal removal = collections.delete(collection);
            removal.categories().forEach(deleted -> events.publish(new CollectionDeleted(store, deleted, now)));
            membershipChanged(store, removal.products(), now);
            return collection;
        });
    }

    /**
     * A page of the store's collections. The All Products collection comes first when it matches the query; the
     * stored ones follow in the query's order.
     */
    public CollectionQuery.Page query(StoreId store, CollectionQuery query) {
        return transactions.inTransaction(() -> {
            Collection all = Collection.allProducts(store, Instant.EPOCH);
            boolean allMatches = query.conditions().stream().allMatch(c -> matches(all, c));
            if (!allMatches) {
                return collections.query(store, query);
            }
            Paging paging = query.paging();
            int storedOffset = Math.max(0, paging.offset() - 1);
            int storedLimit = paging.offset() == 0 ? paging.limit() - 1 : paging.limit();
            List<Collection> page = new ArrayList<>();
            if (paging.offset() == 0) {
                page.add(all);
            }
            CollectionQuery.Page stored = storedLimit == 0
                    ? new CollectionQuery.Page(
                            List.of(),
                            collections
                                    .query(store, withPaging(query, new Paging(1, 0)))
                                    .totalResults())
                    : collections.query(store, withPaging(query, new Paging(storedLimit, storedOffset)));
            page.addAll(stored.collections());
            return new CollectionQuery.Page(page, stored.totalResults() + 1);
        });
    }

    /** A page of the store's stored categories (All Products, a v1 notion, is not among them). */
    public CollectionQuery.Page queryStored(StoreId store, CollectionQuery query) {
        return transactions.inTransaction(() -> collections.query(store, query));
    }

    public void addProducts(StoreId store, CollectionId id, List<String> productIds) {
        Set<ProductId> ids = productIds("productIds", productIds);
        transactions.inTransaction(() -> {
            Collection collection = load(store, id);
            collection.requireEditable();
            Set<ProductId> unknown = collections.unknownProducts(store, ids);
            if (!unknown.isEmpty()) {
                throw new ValidationException(
                        "productIds",
                        ErrorCodes.UNKNOWN_PRODUCT,
                        "names products this store"
                                + " does not have: "
                                + unknown.stream()
                                        .map(ProductId::toString)
                                        .sorted()
                                        .collect(Collectors.joining(", ")));
            }
            long firstKey = SortKey.after(collections.lastSortKey(id));
            membershipChanged(store, collections.addProducts(id, ids, firstKey), clock.instant());
            return collection;
        });
    }

    /** Removes the listed products, or every product when {@code productIds} is {@code null} or empty. */
    public void removeProducts(StoreId store, CollectionId id, List<String> productIds) {
        Set<ProductId> ids =
                productIds == null || productIds.isEmpty() ? Set.of() : productIds("productIds", productIds);
        transactions.inTransaction(() -> {
            Collection collection = load(store, id);
            collection.requireEditable();
            Set<ProductId> removed =
                    ids.isEmpty() ? collections.removeAllProducts(id) : collections.removeProducts(id, ids);
            membershipChanged(store, removed, clock.instant());
            return collection;
        });
    }

    /**
     * A change of {@code collectionIds} for each product whose memberships changed: its next revision (its answer
     * changed, so its ETag does) and {@code ProductChanged} with {@code changedFields ["collectionIds"]}, in
     * ascending id order (the order in which stock adjustments take products, so neither their row locks nor their
     * event numbering wait in a cycle). Products already in, or not in, the collection are left alone.
     */
    private void membershipChanged(StoreId store, Set<ProductId> changed, Instant now) {
        if (changed.isEmpty()) {
            return;
        }
        List<ProductId> ascending =
                changed.stream().sorted(Comparator.comparing(ProductId::value)).toList();
        products.touch(store, ascending, now);
        ascending.forEach(productId -> events.publish(new ProductChanged(store, productId, COLLECTION_IDS, now)));
    }

    /**
     * A collection shown or hidden changes the {@code collectionIds} storefronts see of each of its products (hidden
     * collections are left out for them), so each gets its next revision and {@code lastUpdated}, as a membership
     * change gives: answers kept at the old revision are not answered again, and syncs by {@code lastUpdated} see the
     * change. The products' own data is unchanged, so no {@code ProductChanged} is announced.
     */
    private void visibilityChanged(StoreId store, Set<ProductId> members, Instant now) {
        if (!members.isEmpty()) {
            products.touch(
                    store,
                    members.stream()
                            .sorted(Comparator.comparing(ProductId::value))
                            .toList(),
                    now);
        }
    }

    private Collection load(StoreId store, CollectionId id) {
        if (id.isAllProducts()) {
            return Collection.allProducts(store, Instant.EPOCH);
        }
        return collections.find(store, id).orElseThrow(() -> new CollectionNotFoundException(id));
    }

    /** The ancestry of a category under {@code parent} (top-level when empty); the parent must be stored. */
    private Ancestry ancestryUnder(StoreId store, Optional<CollectionId> parent) {
        if (parent.isEmpty()) {
            return Ancestry.TOP_LEVEL;
        }
        CollectionId parentId = parent.get();
        if (parentId.isAllProducts()) {
            throw new ValidationException(
                    "parentCategory.id", ErrorCodes.NOT_ALLOWED, "All Products cannot be a parent category");
        }
        Collection found = collections
                .find(store, parentId)
                .orElseThrow(() -> new ValidationException(
                        "parentCategory.id",
                        ErrorCodes.UNKNOWN_CATEGORY,
                        "names no category of this store (was \"" + parentId + "\")"));
        return Ancestry.under(found.id(), found.ancestry());
    }

    private static Optional<CollectionId> parentId(Optional<String> text) {
        return text == null ? Optional.empty() : text.map(value -> CollectionId.parse(value, "parentCategory.id"));
    }

    private static Optional<CategoryImage> image(Optional<String> text) {
        return text == null ? Optional.empty() : text.map(CategoryImage::new);
    }

    private Slug requireFree(StoreId store, Slug slug) {
        if (!collections.slugsTaken(store, List.of(slug)).isEmpty()) {
            throw new RuleViolationException(
                    ErrorCodes.SLUG_TAKEN,
                    "slug",
                    "slug \"" + slug + "\" is already used by another collection of this store");
        }
        return slug;
    }

    private static Set<ProductId> productIds(String field, List<String> productIds) {
        if (productIds == null || productIds.isEmpty()) {
            throw new ValidationException(field, ErrorCodes.REQUIRED, "must list at least one product id");
        }
        if (productIds.size() > MAX_PRODUCT_IDS) {
            throw new ValidationException(
                    field,
                    ErrorCodes.OUT_OF_RANGE,
                    "must list at most " + MAX_PRODUCT_IDS + " product ids (was " + productIds.size() + ")");
        }
        Set<ProductId> ids = new LinkedHashSet<>();
        for (int i = 0; i < productIds.size(); i++) {
            try {
                ids.add(ProductId.parse(productIds.get(i)));
            } catch (ValidationException e) {
                throw e.relocatedTo(field + "[" + i + "]");
            }
        }
        return ids;
    }

    private static boolean matches(Collection all, CollectionQuery.Condition condition) {
        String actual = condition.field() == CollectionQuery.Field.NAME
                ? all.name().value()
                : all.id().value();
        String first = condition.values().get(0);
        return switch (condition.operator()) {
            case EQ -> actual.equals(first);
            case NE -> !actual.equals(first);
            case HAS_SOME -> condition.values().contains(actual);
            case CONTAINS ->
                actual.toLowerCase(java.util.Locale.ROOT).contains(first.toLowerCase(java.util.Locale.ROOT));
            case STARTS_WITH ->
                actual.toLowerCase(java.util.Locale.ROOT).startsWith(first.toLowerCase(java.util.Locale.ROOT));
            default -> false;
        };
    }

    private static CollectionQuery withPaging(CollectionQuery query, Paging paging) {
        return new CollectionQuery(
                query.conditions(), query.sortField(), query.ascending(), paging, query.visibleOnly());
    }
}
