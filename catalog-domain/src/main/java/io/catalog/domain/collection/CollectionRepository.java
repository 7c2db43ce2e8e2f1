package io.catalog.domain.collection;

import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.Slug;
import io.catalog.domain.store.StoreId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Port to the stored collections and to which products they hold. Membership is changed and read in bulk, in time
 * independent of how many products a collection holds: nothing here loads a collection's products.
 */
public interface CollectionRepository {

    /** A stored collection of the store (never the All Products collection). */
    Optional<io.catalog.domain.collection.Collection> find(StoreId store, CollectionId id);

    void add(io.catalog.domain.collection.Collection collection);

    /** Stores a change if the stored revision is still the collection's; answers it at its new revision. */
    io.catalog.domain.collection.Collection update(io.catalog.domain.collection.Collection collection);

    /**
     * Removes the collection and its memberships, nothing else; answers the products it held (ids only, read by
     * key: no product is loaded).
     */
    Set<ProductId> delete(io.catalog.domain.collection.Collection collection);

    /** Which of {@code candidates} other collections of {@code store} already use (an indexed lookup). */
    Set<Slug> slugsTaken(StoreId store, Collection<Slug> candidates);

    /** The stored collections of the store that match, in the query's order, with their total. */
    CollectionQuery.Page query(StoreId store, CollectionQuery query);

    /** Of the given ids, those that name no product of the store. */
    Set<ProductId> unknownProducts(StoreId store, Collection<ProductId> productIds);

    /**
     * Adds the products to the collection; products already in it stay as they are. Answers the products that were
     * added (not those already in it).
     */
    Set<ProductId> addProducts(CollectionId collection, Collection<ProductId> productIds);

    /**
     * Removes the products from the collection; answers those that were in it. Their membership rows are locked
     * first, so of two concurrent removals of one product only one reports it.
     */
    Set<ProductId> removeProducts(CollectionId collection, Collection<ProductId> productIds);

    /** Empties the collection; answers the products it held. */
    Set<ProductId> removeAllProducts(CollectionId collection);

    /** The products the collection holds (ids only, read by key from the membership rows: no product is loaded). */
    Set<ProductId> members(CollectionId collection);

    /**
     * The stored collections each product belongs to, each with its visibility (All Products is implied, not
     * listed).
     */
    Map<ProductId, List<Membership>> collectionsOf(StoreId store, Collection<ProductId> productIds);
}
