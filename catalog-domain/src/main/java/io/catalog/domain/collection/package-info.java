/**
 * The {@link io.catalog.domain.collection.Collection} aggregate: a themed grouping of a store's products, with its
 * id, name, and the {@code CollectionRepository} port. The collection's own data changes only through its named
 * methods and is recorded in a {@link io.catalog.domain.shared.ChangeLog}, as a product's is; which products belong
 * to a collection is not part of the aggregate but a relation the repository keeps and changes in bulk
 * ({@code Membership}, {@code CollectionQuery}). Its events are in {@code domain.collection.events}.
 */
package io.catalog.domain.collection;
