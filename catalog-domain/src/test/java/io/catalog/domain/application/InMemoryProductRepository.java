package io.catalog.domain.application;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductRepository;
import io.catalog.domain.product.ProductState;
import io.catalog.domain.product.Slug;
import io.catalog.domain.shared.StaleRevisionException;
import io.catalog.domain.store.StoreId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Fake of the repository port: stores states, enforces the revision check, can simulate concurrent writers. */
final class InMemoryProductRepository implements ProductRepository {

    private final Map<ProductId, ProductState> states = new HashMap<>();
    private final Map<StoreId, Long> numericIds = new HashMap<>();
    private int concurrentUpdatesToSimulate;
    private int updateCalls;
    private final List<ProductId> locked = new ArrayList<>();
    private final List<List<ProductId>> touched = new ArrayList<>();

    /** The next {@code count} calls to {@link #update} find that another writer committed first. */
    void simulateConcurrentUpdates(int count) {
        concurrentUpdatesToSimulate = count;
    }

    int updateCalls() {
        return updateCalls;
    }

    ProductState stored(ProductId id) {
        return states.get(id);
    }

    @Override
    public Optional<Product> find(StoreId store, ProductId id) {
        return Optional.ofNullable(states.get(id))
                .filter(state -> state.storeId().equals(store.value()))
                .map(Product::reconstitute);
    }

    @Override
    public Optional<io.catalog.domain.product.ProductRevision> revisionOf(StoreId store, ProductId id) {
        return find(store, id).map(p -> new io.catalog.domain.product.ProductRevision(p.revision(), p.visible()));
    }

    /** Single-threaded fake: nothing to lock, but the order of the locks taken is remembered. */
    @Override
    public Optional<Product> findForUpdate(StoreId store, ProductId id) {
        locked.add(id);
        return find(store, id);
    }

    List<ProductId> locked() {
        return List.copyOf(locked);
    }

    @Override
    public void addAll(List<Product> products) {
        products.forEach(product -> {
            if (states.putIfAbsent(product.id(), product.state()) != null) {
                throw new IllegalStateException("duplicate product " + product.id());
            }
        });
    }

    @Override
    public Product update(Product product) {
        updateCalls++;
        if (concurrentUpdatesToSimulate > 0) {
            concurrentUpdatesToSimulate--;
            ProductState current = states.get(product.id());
            states.put(product.id(), current.withRevision(current.revision() + 1));
        }
        long stored = requireRevision(product);
        ProductState next = product.state().withRevision(stored + 1);
        states.put(product.id(), next);
        return Product.reconstitute(next);
    }

    @Override
    public void delete(Product product) {
        requireRevision(product);
        states.remove(product.id());
    }

    @Override
    public long nextNumericIds(StoreId store, int count) {
        return numericIds.merge(store, (long) count, Long::sum) - count + 1;
    }

    @Override
    public void touch(StoreId store, java.util.Collection<ProductId> ids, java.time.Instant now) {
        touched.add(List.copyOf(ids));
        ids.forEach(id -> states.computeIfPresent(
                id,
                (key, state) ->
                        state.storeId().equals(store.value()) ? state.withRevision(state.revision() + 1) : state));
    }

    /** The ids of each {@link #touch} call, in call order. */
    List<List<ProductId>> touched() {
        return List.copyOf(touched);
    }

    @Override
    public Set<Slug> slugsTaken(StoreId store, java.util.Collection<Slug> candidates) {
        return states.values().stream()
                .filter(state -> state.storeId().equals(store.value()))
                .map(state -> Slug.parse(state.slug()))
                .filter(candidates::contains)
                .collect(Collectors.toSet());
    }

    @Override
    public Set<io.catalog.domain.product.Handle> handlesTaken(
            StoreId store, java.util.Collection<io.catalog.domain.product.Handle> candidates) {
        return states.values().stream()
                .filter(state -> state.storeId().equals(store.value()))
                .map(state -> state.merchandising().handle())
                .filter(candidates::contains)
                .collect(Collectors.toSet());
    }

    private long requireRevision(Product product) {
        long stored = states.get(product.id()).revision();
        if (stored != product.revision()) {
            throw new StaleRevisionException(product.revision(), stored);
        }
        return stored;
    }
}
