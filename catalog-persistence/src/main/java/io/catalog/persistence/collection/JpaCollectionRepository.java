package io.catalog.persistence.collection;

import io.catalog.domain.collection.Collection;
import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.collection.CollectionName;
import io.catalog.domain.collection.CollectionNotFoundException;
import io.catalog.domain.collection.CollectionQuery;
import io.catalog.domain.collection.CollectionRepository;
import io.catalog.domain.collection.Membership;
import io.catalog.domain.product.Description;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.Slug;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.StaleRevisionException;
import io.catalog.domain.store.StoreId;
import io.catalog.persistence.KeyLookup;
import io.catalog.persistence.SlugLookup;
import io.catalog.persistence.StoreRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collections in {@code collection}, membership in {@code product_collection}. Membership changes are bulk
 * statements over the listed ids (or the whole collection), so their cost never depends on the collection's size.
 */
@ApplicationScoped
public class JpaCollectionRepository implements CollectionRepository {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    StoreRows stores;

    @Override
    public Optional<Collection> find(StoreId store, CollectionId id) {
        CollectionEntity row = em.find(CollectionEntity.class, id.value());
        return row == null || !row.storeId.equals(store.value()) ? Optional.empty() : Optional.of(toCollection(row));
    }

    @Override
    public void add(Collection collection) {
        stores.ensureExists(collection.storeId());
        CollectionEntity row = new CollectionEntity();
        row.id = collection.id().value();
        row.storeId = collection.storeId().value();
        row.createdAt = collection.created().atOffset(ZoneOffset.UTC);
        row.revision = collection.revision();
        copy(collection, row);
        em.persist(row);
        flush(collection);
    }

    @Override
    public Collection update(Collection collection) {
        CollectionEntity row = em.find(CollectionEntity.class, collection.id().value());
        if (row == null || !row.storeId.equals(collection.storeId().value())) {
            throw new CollectionNotFoundException(collection.id());
        }
        if (row.revision != collection.revision()) {
            throw new StaleRevisionException(collection.revision(), row.revision);
        }
        copy(collection, row);
        flush(collection);
        return toCollection(row);
    }

    @Override
    public Set<ProductId> delete(Collection collection) {
        CollectionEntity row = em.find(CollectionEntity.class, collection.id().value());
        if (row == null || !row.storeId.equals(collection.storeId().value())) {
            throw new CollectionNotFoundException(collection.id());
        }
        Set<ProductId> members = lockedMembers(collection.id(), null);
        em.remove(row); // its memberships go with it (ON DELETE CASCADE)
        flush(collection);
        return members;
    }

    @Override
    public Set<Slug> slugsTaken(StoreId store, java.util.Collection<Slug> candidates) {
        return SlugLookup.taken(em, "collection", store, candidates);
    }

    @Override
    public CollectionQuery.Page query(StoreId store, CollectionQuery query) {
        StringBuilder where = new StringBuilder("c.storeId = :store");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("store", store.value());
        if (query.visibleOnly()) {
            where.append(" AND SQL('CASE WHEN ? THEN 1 ELSE 0 END', c.visible) = 1");
        }
        for (CollectionQuery.Condition condition : query.conditions()) {
            String column = condition.field() == CollectionQuery.Field.NAME ? "c.name" : "c.id";
            String name = "p" + parameters.size();
            String first = condition.values().get(0);
            switch (condition.operator()) {
                case EQ -> where.append(" AND ").append(column).append(" = :").append(name);
                case NE -> where.append(" AND ").append(column).append(" <> :").append(name);
                case HAS_SOME ->
                    where.append(" AND ").append(column).append(" IN :").append(name);
                case CONTAINS, STARTS_WITH ->
                    where.append(" AND LOWER(")
                            .append(column)
                            .append(") LIKE :")
                            .append(name)
                            .append(" ESCAPE '\\'");
                default ->
                    throw new IllegalArgumentException(condition.operator().token());
            }
            parameters.put(
                    name,
                    switch (condition.operator()) {
                        case HAS_SOME -> condition.values();
                        case CONTAINS -> "%" + like(first) + "%";
                        case STARTS_WITH -> like(first) + "%";
                        default -> first;
                    });
        }
        String order = (query.sortField() == CollectionQuery.Field.NAME ? "c.name" : "c.id")
                + (query.ascending() ? " ASC" : " DESC") + ", c.id ASC";
        TypedQuery<CollectionEntity> select = em.createQuery(
                        "SELECT c FROM CollectionEntity c WHERE " + where + " ORDER BY " + order,
                        CollectionEntity.class)
                .setFirstResult(query.paging().offset())
                .setMaxResults(query.paging().limit());
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM CollectionEntity c WHERE " + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Collection> page = select.getResultStream()
                .map(JpaCollectionRepository::toCollection)
                .toList();
        return new CollectionQuery.Page(page, count.getSingleResult());
    }

    @Override
    public Set<ProductId> unknownProducts(StoreId store, java.util.Collection<ProductId> productIds) {
        if (productIds.isEmpty()) {
            return Set.of();
        }
        // By primary key, the store compared here, not in SQL (see KeyLookup for the shape H2 reads the store for).
        Set<String> known = em.createQuery(
                        "SELECT p.id, p.storeId FROM ProductEntity p WHERE p.id IN :ids", Object[].class)
                .setParameter("ids", ids(productIds))
                .getResultStream()
                .filter(row -> store.value().equals(row[1]))
                .map(row -> (String) row[0])
                .collect(Collectors.toSet());
        return productIds.stream()
                .filter(id -> !known.contains(id.value().toString()))
                .collect(Collectors.toSet());
    }

    @Override
    public Set<ProductId> addProducts(CollectionId collection, java.util.Collection<ProductId> productIds) {
        if (productIds.isEmpty()) {
            return Set.of();
        }
        Set<String> present = new HashSet<>();
        membershipRows("SELECT product_id FROM product_collection WHERE", collection, ids(productIds), "")
                .getResultList()
                .forEach(id -> present.add(id.toString()));
        Set<ProductId> added = new LinkedHashSet<>();
        for (ProductId productId : productIds) {
            if (!present.contains(productId.value().toString())) {
                em.persist(new MembershipEntity(
                        collection.value(), productId.value().toString()));
                added.add(productId);
            }
        }
        em.flush();
        return added;
    }

    @Override
    public Set<ProductId> removeProducts(CollectionId collection, java.util.Collection<ProductId> productIds) {
        Set<ProductId> removed = lockedMembers(collection, productIds);
        if (!removed.isEmpty()) {
            membershipRows("DELETE FROM product_collection WHERE", collection, ids(removed), "")
                    .executeUpdate();
        }
        return removed;
    }

    /** Membership rows by their whole key ({@link KeyLookup}): each is looked up in the primary key. */
    private jakarta.persistence.Query membershipRows(
            String head, CollectionId collection, List<String> productIds, String tail) {
        return KeyLookup.rows(em, head, "collection_id", "product_id", collection.value(), productIds, tail);
    }

    @Override
    public Set<ProductId> removeAllProducts(CollectionId collection) {
        Set<ProductId> removed = lockedMembers(collection, null);
        em.createQuery("DELETE FROM MembershipEntity m WHERE m.collectionId = :collection")
                .setParameter("collection", collection.value())
                .executeUpdate();
        return removed;
    }

    /**
     * The ids of the collection's members among {@code productIds} (all members when {@code null}), read by key
     * from the membership rows (no product is read) and locked until the transaction ends: a concurrent removal of
     * the same rows waits, then finds them gone.
     */
    @SuppressWarnings("unchecked")
    private Set<ProductId> lockedMembers(CollectionId collection, java.util.Collection<ProductId> productIds) {
        if (productIds != null && productIds.isEmpty()) {
            return new LinkedHashSet<>();
        }
        jakarta.persistence.Query query = productIds == null
                ? em.createNativeQuery("SELECT product_id FROM product_collection WHERE collection_id = ? FOR UPDATE")
                        .setParameter(1, collection.value())
                : membershipRows(
                        "SELECT product_id FROM product_collection WHERE", collection, ids(productIds), " FOR UPDATE");
        Set<ProductId> members = new LinkedHashSet<>();
        ((List<Object>) query.getResultList()).forEach(id -> members.add(ProductId.parse(id.toString())));
        return members;
    }

    @Override
    public Set<ProductId> members(CollectionId collection) {
        Set<ProductId> members = new LinkedHashSet<>();
        em.createQuery("SELECT m.productId FROM MembershipEntity m WHERE m.collectionId = :collection", String.class)
                .setParameter("collection", collection.value())
                .getResultList()
                .forEach(id -> members.add(ProductId.parse(id)));
        return members;
    }

    @Override
    public Map<ProductId, List<Membership>> collectionsOf(StoreId store, java.util.Collection<ProductId> productIds) {
        Map<ProductId, List<Membership>> result = new LinkedHashMap<>();
        // Plain values, not entities: nothing to build, register or compare for a read.
        em.createQuery(
                        "SELECT m.productId, m.collectionId, c.visible FROM MembershipEntity m, CollectionEntity c"
                                + " WHERE m.productId IN :ids AND c.id = m.collectionId"
                                + " ORDER BY m.productId, m.collectionId",
                        Object[].class)
                .setParameter("ids", ids(productIds))
                .getResultList()
                .forEach(m -> result.computeIfAbsent(ProductId.parse((String) m[0]), k -> new ArrayList<>())
                        .add(new Membership(new CollectionId((String) m[1]), Boolean.TRUE.equals(m[2]))));
        return result;
    }

    private void flush(Collection collection) {
        try {
            em.flush();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                    throw new StaleRevisionException(collection.revision(), collection.revision() + 1);
                }
                if (t.getMessage() != null
                        && t.getMessage().toUpperCase(Locale.ROOT).contains("UQ_COLLECTION_STORE_SLUG")) {
                    throw new RuleViolationException(
                            ErrorCodes.SLUG_TAKEN,
                            "slug",
                            "slug \"" + collection.slug() + "\" is already used by another collection of the store");
                }
            }
            throw e;
        }
    }

    private static List<String> ids(java.util.Collection<ProductId> productIds) {
        return productIds.stream().map(id -> id.value().toString()).toList();
    }

    private static String like(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
    }

    private static void copy(Collection collection, CollectionEntity row) {
        row.name = collection.name().value();
        row.slug = collection.slug().value();
        row.description = collection.description().value();
        row.visible = collection.visible();
        row.lastUpdated = collection.lastUpdated().atOffset(ZoneOffset.UTC);
    }

    private static Collection toCollection(CollectionEntity row) {
        return Collection.reconstitute(
                new CollectionId(row.id),
                new StoreId(row.storeId),
                new CollectionName(row.name),
                Slug.parse(row.slug),
                Description.stored(row.description),
                row.visible,
                row.createdAt.toInstant(),
                row.lastUpdated.toInstant(),
                row.revision);
    }
}
