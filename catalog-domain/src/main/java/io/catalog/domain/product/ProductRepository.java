package io.catalog.domain.product;

import io.catalog.domain.shared.StaleRevisionException;
import io.catalog.domain.store.StoreId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port to the stored products; every operation is scoped to one store. */
public interface ProductRepository {

    /** The product {@code id} of {@code store}; empty when absent or owned by another store. */
    Optional<Product> find(StoreId store, ProductId id);

    /**
     * The stored revision and visibility of the product {@code id} of {@code store}, read alone (one indexed
     * lookup); empty when absent or owned by another store.
     */
    Optional<ProductRevision> revisionOf(StoreId store, ProductId id);

    /**
     * The product {@code id} of {@code store}, its stored row locked against other writers until the transaction
     * ends, so that concurrent changes of one product (stock adjustments) run one after the other, each on the state
     * the previous one committed; empty when absent or owned by another store.
     */
    Optional<Product> findForUpdate(StoreId store, ProductId id);

    /** Stores a new product, at its revision 1. */
    default void add(Product product) {
        addAll(List.of(product));
    }

    /** Stores new products of one store, each at its revision 1, in as few statements as the store allows. */
    void addAll(List<Product> products);

    /**
     * Stores a changed product if the stored revision still equals {@link Product#revision()}.
     *
     * @return the product as stored, at its new revision
     * @throws StaleRevisionException when the product was changed concurrently
     */
    Product update(Product product);

    /**
     * Removes a product if the stored revision still equals {@link Product#revision()}.
     *
     * @throws StaleRevisionException when the product was changed concurrently
     */
    void delete(Product product);

    /**
     * Reserves the next {@code count} numeric product ids of {@code store} and answers the first; the others follow
     * it one by one. Ascending, never reused. Taking them serialises the store's product creations until the
     * transaction ends, so numeric ids become visible in ascending order.
     */
    long nextNumericIds(StoreId store, int count);

    /**
     * Records a change of these products of {@code store} made outside their aggregate (their collection
     * memberships): each gets its next revision, so its ETag and revision change with its answer, and
     * {@code lastUpdated} {@code now}. Ids of other stores or of no product are ignored.
     */
    void touch(StoreId store, java.util.Collection<ProductId> ids, java.time.Instant now);

    /** Which of {@code candidates} other products of {@code store} already use (an indexed lookup). */
    Set<Slug> slugsTaken(StoreId store, java.util.Collection<Slug> candidates);

    /** Which of {@code candidates} products of {@code store} already have as handle (an indexed lookup). */
    Set<Handle> handlesTaken(StoreId store, java.util.Collection<Handle> candidates);
}
