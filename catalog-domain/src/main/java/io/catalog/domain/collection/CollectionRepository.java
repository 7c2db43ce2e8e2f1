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

    /**
     * Stores a change if the stored revision is still the collection's, and when the category moved in the tree, the
     * new place of each of its descendants (one bulk statement over the subtree); answers it at its new revision.
     */
    io.catalog.domain.collection.Collection update(io.catalog.domain.collection.Collection collection);

    /**
     * Removes the category, its subcategories and their memberships (bulk statements), nothing else; answers the
     * categories removed and the products they held (ids only, read by key: no product is loaded).
     */
    Removal delete(io.catalog.domain.collection.Collection collection);

    /** What a deletion removed: the category and its subcategories, and the products any of them held. */
    record Removal(List<CollectionId> categories, Set<ProductId> products) {
        public Removal {
            categories = List.copyOf(categories);
            products = Set.copyOf(products);
        }
    }

    /** The products of the category and of its subcategories (ids only, read from the membership rows). */
    Set<ProductId> subtreeMembers(io.catalog.domain.collection.Collection category);

    /** How many levels the category's subtree spans, itself included: 1 for a category without subcategories. */
    int subtreeHeight(io.catalog.domain.collection.Collection category);

    /** How many categories the store has (All Products not counted). */
    long count(StoreId store);

    /** The stored categories of the store with these ids (those that exist), in no particular order. */
    List<io.catalog.domain.collection.Collection> findAll(StoreId store, Collection<CollectionId> ids);

    /** The number of visible products directly in each of the categories (a category without any is left out). */
    Map<CollectionId, Long> visibleProductCounts(Collection<CollectionId> categories);

    /** The product's sort key in the category, if it is in it. */
    java.util.OptionalLong sortKey(CollectionId category, ProductId product);

    /** The least sort key of the category; empty when it holds no product. */
    java.util.OptionalLong firstSortKey(CollectionId category);

    /** The greatest sort key of the category; empty when it holds no product. */
    java.util.OptionalLong lastSortKey(CollectionId category);

    /** The key of the product just before {@code product} (whose key is {@code key}) in the category's order. */
    java.util.OptionalLong sortKeyBefore(CollectionId category, ProductId product, long key);

    /**
     * Puts the product at {@code sortKey} in the category (one row written); answers whether it was added (it was not
     * in the category before).
     */
    boolean place(CollectionId category, ProductId product, long sortKey);

    /** Gives the category's products the keys {@link SortKey#nth} in their present order (one bulk statement). */
    void renumber(CollectionId category);

    /**
     * A page of the category's products in its order, after {@code after} (exclusive; empty: from the start), with
     * hidden products left out when {@code visibleOnly}.
     */
    List<Placed> items(CollectionId category, java.util.Optional<Placed> after, int limit, boolean visibleOnly);

    /** A product at its place in a category's order. */
    record Placed(ProductId product, long sortKey) {}

    /** Which of {@code candidates} other collections of {@code store} already use (an indexed lookup). */
    Set<Slug> slugsTaken(StoreId store, Collection<Slug> candidates);

    /** The stored collections of the store that match, in the query's order, with their total. */
    CollectionQuery.Page query(StoreId store, CollectionQuery query);

    /** Of the given ids, those that name no product of the store. */
    Set<ProductId> unknownProducts(StoreId store, Collection<ProductId> productIds);

    /**
     * Adds the products to the collection, at the end of its order in the order given (the first at
     * {@code firstSortKey}, each next one {@link SortKey#GAP} further); products already in it stay as they are.
     * Answers the products that were added (not those already in it).
     */
    Set<ProductId> addProducts(CollectionId collection, Collection<ProductId> productIds, long firstSortKey);

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
     * The stored collections each product belongs to, each with its visibility, the product's sort key in it and its
     * place in the tree (All Products is implied, not listed).
     */
    Map<ProductId, List<Membership>> collectionsOf(StoreId store, Collection<ProductId> productIds);
}
