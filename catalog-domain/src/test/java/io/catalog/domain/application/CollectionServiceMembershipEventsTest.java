package io.catalog.domain.application;

import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.collection.Collection;
import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.collection.CollectionQuery;
import io.catalog.domain.collection.CollectionRepository;
import io.catalog.domain.collection.Membership;
import io.catalog.domain.collection.events.CollectionCreated;
import io.catalog.domain.collection.events.CollectionDeleted;
import io.catalog.domain.events.DomainEvent;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.Slug;
import io.catalog.domain.product.events.ProductChanged;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.store.StoreId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Membership changes announce a {@code ProductChanged ["collectionIds"]} for exactly the products they changed. */
class CollectionServiceMembershipEventsTest {

    private static final StoreId STORE = new StoreId("store-1");
    private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");

    private final Set<ProductId> storeProducts = new LinkedHashSet<>();
    private final Map<CollectionId, Collection> stored = new HashMap<>();
    private final Map<CollectionId, Set<ProductId>> members = new HashMap<>();
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private final InMemoryProductRepository productRepository = new InMemoryProductRepository();
    private CollectionService service;
    private List<ProductId> products;

    @BeforeEach
    void setUp() {
        service = new CollectionService(
                new FakeRepository(),
                productRepository,
                new DirectTransactions(),
                events,
                Clock.fixed(NOW, ZoneOffset.UTC));
        products = IntStream.range(0, 5)
                .mapToObj(i -> new ProductId(UUID.randomUUID()))
                .toList();
        storeProducts.addAll(products);
    }

    @Test
    void addingAnnouncesOnlyTheProductsNotYetInTheCollectionInAscendingIdOrder() {
        CollectionId id = created();

        service.addProducts(STORE, id, ids(products.get(0), products.get(1)));
        assertThat(changed()).containsExactlyElementsOf(sorted(products.get(0), products.get(1)));

        service.addProducts(STORE, id, ids(products.get(1), products.get(2)));
        assertThat(changed()).containsExactly(products.get(2));
        service.addProducts(STORE, id, ids(products.get(2)));
        assertThat(events.published()).isEmpty();
    }

    @Test
    void removingAnnouncesOnlyTheProductsThatWereInIt() {
        CollectionId id = created();
        service.addProducts(STORE, id, ids(products.get(0), products.get(1), products.get(2)));
        events.clear();

        service.removeProducts(STORE, id, ids(products.get(1), products.get(3)));
        assertThat(changed()).containsExactly(products.get(1));

        service.removeProducts(STORE, id, null);
        assertThat(changed()).containsExactlyElementsOf(sorted(products.get(0), products.get(2)));
        service.removeProducts(STORE, id, List.of());
        assertThat(events.published()).isEmpty();
    }

    @Test
    void deletingACollectionAnnouncesItsProductsAfterTheCollectionEvent() {
        CollectionId id = created();
        service.addProducts(STORE, id, ids(products.get(3), products.get(4)));
        events.clear();

        service.delete(STORE, id);

        List<DomainEvent> published = events.published();
        assertThat(published.get(0)).isEqualTo(new CollectionDeleted(STORE, id, NOW));
        assertThat(published.subList(1, published.size()))
                .containsExactlyElementsOf(sorted(products.get(3), products.get(4)).stream()
                        .map(p -> (DomainEvent) new ProductChanged(STORE, p, List.of("collectionIds"), NOW))
                        .toList());
    }

    @Test
    void aRefusedCallAnnouncesNothing() {
        CollectionId id = created();

        assertInvalid(
                () -> service.addProducts(
                        STORE,
                        id,
                        List.of(products.get(0).toString(), UUID.randomUUID().toString())),
                "productIds",
                ErrorCodes.UNKNOWN_PRODUCT);
        assertThat(events.published()).isEmpty();
        assertThat(productRepository.touched()).isEmpty();
    }

    @Test
    void theProductsWhoseMembershipsChangedGetANewRevisionTheOthersDoNot() {
        CollectionId id = created();

        service.addProducts(STORE, id, ids(products.get(2), products.get(0)));
        service.addProducts(STORE, id, ids(products.get(0)));
        service.removeProducts(STORE, id, ids(products.get(2), products.get(4)));

        assertThat(productRepository.touched())
                .containsExactly(sorted(products.get(0), products.get(2)), List.of(products.get(2)));
    }

    @Test
    void showingOrHidingACollectionGivesItsProductsANewRevisionAndAnnouncesNoProductChange() {
        CollectionId id = created();
        service.addProducts(STORE, id, ids(products.get(3), products.get(1)));
        events.clear();
        int touchedBefore = productRepository.touched().size();

        service.update(
                STORE, id, new CollectionService.CollectionCommand(null, null, null, false), OptionalLong.empty());
        service.update(
                STORE, id, new CollectionService.CollectionCommand("Renamed", null, null, false), OptionalLong.empty());

        List<List<ProductId>> touched = productRepository.touched();
        assertThat(touched.subList(touchedBefore, touched.size()))
                .as("hidden once: its members touched once, in ascending id order; renamed: not at all")
                .containsExactly(sorted(products.get(1), products.get(3)));
        assertThat(events.published()).noneMatch(ProductChanged.class::isInstance);
    }

    private CollectionId created() {
        Collection collection =
                service.create(STORE, new CollectionService.CollectionCommand("Summer", null, null, null));
        assertThat(events.published()).singleElement().isInstanceOf(CollectionCreated.class);
        events.clear();
        return collection.id();
    }

    /** The products of the ProductChanged events published since the last call, all for "collectionIds". */
    private List<ProductId> changed() {
        List<DomainEvent> published = events.published();
        events.clear();
        assertThat(published)
                .allSatisfy(event ->
                        assertThat(((ProductChanged) event).changedFields()).containsExactly("collectionIds"));
        return published.stream()
                .map(event -> ((ProductChanged) event).productId())
                .toList();
    }

    private static List<String> ids(ProductId... ids) {
        return java.util.Arrays.stream(ids).map(ProductId::toString).toList();
    }

    private static List<ProductId> sorted(ProductId... ids) {
        return java.util.Arrays.stream(ids)
                .sorted(Comparator.comparing(ProductId::value))
                .toList();
    }

    private final class FakeRepository implements CollectionRepository {

        @Override
        public Optional<Collection> find(StoreId store, CollectionId id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public void add(Collection collection) {
            stored.put(collection.id(), collection);
            members.put(collection.id(), new LinkedHashSet<>());
        }

        @Override
        public Collection update(Collection collection) {
            Collection saved = Collection.reconstitute(
                    collection.id(),
                    collection.storeId(),
                    collection.name(),
                    collection.slug(),
                    collection.description(),
                    collection.visible(),
                    collection.ancestry(),
                    collection.image(),
                    NOW,
                    NOW,
                    collection.revision() + 1);
            stored.put(saved.id(), saved);
            return saved;
        }

        @Override
        public Removal delete(Collection collection) {
            stored.remove(collection.id());
            return new Removal(List.of(collection.id()), members.remove(collection.id()));
        }

        @Override
        public Set<ProductId> subtreeMembers(Collection category) {
            return members(category.id());
        }

        @Override
        public int subtreeHeight(Collection category) {
            return 1;
        }

        @Override
        public long count(StoreId store) {
            return stored.size();
        }

        @Override
        public List<Collection> findAll(StoreId store, java.util.Collection<CollectionId> ids) {
            return ids.stream()
                    .map(stored::get)
                    .filter(java.util.Objects::nonNull)
                    .toList();
        }

        @Override
        public Map<CollectionId, Long> visibleProductCounts(java.util.Collection<CollectionId> categories) {
            return Map.of();
        }

        @Override
        public java.util.OptionalLong sortKey(CollectionId category, ProductId product) {
            return java.util.OptionalLong.empty();
        }

        @Override
        public java.util.OptionalLong firstSortKey(CollectionId category) {
            return java.util.OptionalLong.empty();
        }

        @Override
        public java.util.OptionalLong lastSortKey(CollectionId category) {
            return java.util.OptionalLong.empty();
        }

        @Override
        public java.util.OptionalLong sortKeyBefore(CollectionId category, ProductId product, long key) {
            return java.util.OptionalLong.empty();
        }

        @Override
        public boolean place(CollectionId category, ProductId product, long sortKey) {
            return members.get(category).add(product);
        }

        @Override
        public void renumber(CollectionId category) {}

        @Override
        public List<Placed> items(CollectionId category, Optional<Placed> after, int limit, boolean visibleOnly) {
            return List.of();
        }

        @Override
        public Set<Slug> slugsTaken(StoreId store, java.util.Collection<Slug> candidates) {
            return Set.of();
        }

        @Override
        public CollectionQuery.Page query(StoreId store, CollectionQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<ProductId> unknownProducts(StoreId store, java.util.Collection<ProductId> productIds) {
            return productIds.stream().filter(id -> !storeProducts.contains(id)).collect(Collectors.toSet());
        }

        @Override
        public Set<ProductId> addProducts(
                CollectionId collection, java.util.Collection<ProductId> productIds, long firstSortKey) {
            Set<ProductId> added = new LinkedHashSet<>();
            productIds.forEach(id -> {
                if (members.get(collection).add(id)) {
                    added.add(id);
                }
            });
            return added;
        }

        @Override
        public Set<ProductId> removeProducts(CollectionId collection, java.util.Collection<ProductId> productIds) {
            Set<ProductId> removed = new LinkedHashSet<>();
            productIds.forEach(id -> {
                if (members.get(collection).remove(id)) {
                    removed.add(id);
                }
            });
            return removed;
        }

        @Override
        public Set<ProductId> removeAllProducts(CollectionId collection) {
            Set<ProductId> removed = new LinkedHashSet<>(members.get(collection));
            members.get(collection).clear();
            return removed;
        }

        @Override
        public Set<ProductId> members(CollectionId collection) {
            return new LinkedHashSet<>(members.getOrDefault(collection, Set.of()));
        }

        @Override
        public Map<ProductId, List<Membership>> collectionsOf(StoreId store, java.util.Collection<ProductId> ids) {
            return Map.of();
        }
    }
}
