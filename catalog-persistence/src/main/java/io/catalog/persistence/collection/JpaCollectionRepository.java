package io.catalog.persistence.collection;

import io.catalog.domain.collection.Ancestry;
import io.catalog.domain.collection.CategoryImage;
import io.catalog.domain.collection.CategoryLabel;
import io.catalog.domain.collection.Collection;
import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.collection.CollectionName;
import io.catalog.domain.collection.CollectionNotFoundException;
import io.catalog.domain.collection.CollectionQuery;
import io.catalog.domain.collection.CollectionRepository;
import io.catalog.domain.collection.Membership;
import io.catalog.domain.collection.SortKey;
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
        row.path = path(collection);
        row.depth = collection.ancestry().depth();
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
        String oldPath = row.path;
        int oldDepth = row.depth;
        copy(collection, row);
        row.path = path(collection);
        row.depth = collection.ancestry().depth();
        flush(collection);
        if (!oldPath.equals(row.path)) {
            // the subtree moves with it: one statement rewrites the path prefix and depth of every descendant
            em.createNativeQuery("UPDATE collection SET path = CAST(? AS VARCHAR(200)) || SUBSTRING(path FROM "
                            + (oldPath.length() + 1) + "), depth = depth + ? WHERE store_id = ? AND path LIKE ?")
                    .setParameter(1, row.path)
                    .setParameter(2, row.depth - oldDepth)
                    .setParameter(3, row.storeId)
                    .setParameter(4, oldPath + "%")
                    .executeUpdate();
        }
        return toCollection(row);
    }

    @Override
    public Removal delete(Collection collection) {
        CollectionEntity row = em.find(CollectionEntity.class, collection.id().value());
        if (row == null || !row.storeId.equals(collection.storeId().value())) {
            throw new CollectionNotFoundException(collection.id());
        }
        List<CollectionId> subtree = subtree(row);
        Set<ProductId> members = new LinkedHashSet<>();
        subtree.forEach(id -> members.addAll(lockedMembers(id, null)));
        // one statement: its subcategories (parent_id) and every membership of them go with it (ON DELETE CASCADE)
        em.createNativeQuery("DELETE FROM collection WHERE id = ?")
                .setParameter(1, row.id)
                .executeUpdate();
        em.detach(row);
        return new Removal(subtree, members);
    }

    /** The category and its descendants, the category first and the deepest last. */
    private List<CollectionId> subtree(CollectionEntity row) {
        return em.createQuery(
                        "SELECT c.id FROM CollectionEntity c WHERE c.storeId = :store AND c.path LIKE :prefix"
                                + " ORDER BY c.depth, c.id",
                        String.class)
                .setParameter("store", row.storeId)
                .setParameter("prefix", row.path + "%")
                .getResultStream()
                .map(CollectionId::new)
                .toList();
    }

    @Override
    public Set<ProductId> subtreeMembers(Collection category) {
        Set<ProductId> members = new LinkedHashSet<>();
        em.createQuery(
                        "SELECT DISTINCT m.productId FROM MembershipEntity m, CollectionEntity c"
                                + " WHERE c.storeId = :store AND c.path LIKE :prefix AND m.collectionId = c.id",
                        String.class)
                .setParameter("store", category.storeId().value())
                .setParameter("prefix", path(category) + "%")
                .getResultList()
                .forEach(id -> members.add(ProductId.parse(id)));
        return members;
    }

    @Override
    public int subtreeHeight(Collection category) {
        Integer deepest = em.createQuery(
                        "SELECT MAX(c.depth) FROM CollectionEntity c WHERE c.storeId = :store AND c.path LIKE :prefix",
                        Integer.class)
                .setParameter("store", category.storeId().value())
                .setParameter("prefix", path(category) + "%")
                .getSingleResult();
        int own = category.ancestry().depth();
        return deepest == null ? 1 : deepest - own + 1;
    }

    @Override
    public long count(StoreId store) {
        return em.createQuery("SELECT COUNT(c) FROM CollectionEntity c WHERE c.storeId = :store", Long.class)
                .setParameter("store", store.value())
                .getSingleResult();
    }

    @Override
    public List<Collection> findAll(StoreId store, java.util.Collection<CollectionId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM CollectionEntity c WHERE c.id IN :ids", CollectionEntity.class)
                .setParameter("ids", ids.stream().map(CollectionId::value).toList())
                .getResultStream()
                .filter(row -> row.storeId.equals(store.value()))
                .map(JpaCollectionRepository::toCollection)
                .toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<CollectionId, Long> visibleProductCounts(java.util.Collection<CollectionId> categories) {
        Map<CollectionId, Long> counts = new LinkedHashMap<>();
        if (categories.isEmpty()) {
            return counts;
        }
        List<String> ids = categories.stream().map(CollectionId::value).toList();
        jakarta.persistence.Query query = em.createNativeQuery("SELECT m.collection_id, COUNT(*)"
                + " FROM product_collection m JOIN product p ON p.id = m.product_id AND p.visible = TRUE"
                + " WHERE m.collection_id IN (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))
                + ") GROUP BY m.collection_id");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        ((List<Object[]>) query.getResultList())
                .forEach(row -> counts.put(new CollectionId(row[0].toString()), ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public java.util.OptionalLong sortKey(CollectionId category, ProductId product) {
        return order().sortKey(category, product);
    }

    @Override
    public java.util.OptionalLong firstSortKey(CollectionId category) {
        return order().first(category);
    }

    @Override
    public java.util.OptionalLong lastSortKey(CollectionId category) {
        return order().last(category);
    }

    @Override
    public java.util.OptionalLong sortKeyBefore(CollectionId category, ProductId product, long key) {
        return order().before(category, product, key);
    }

    @Override
    public boolean place(CollectionId category, ProductId product, long sortKey) {
        return order().place(category, product, sortKey);
    }

    @Override
    public void renumber(CollectionId category) {
        order().renumber(category);
    }

    @Override
    public List<Placed> items(CollectionId category, Optional<Placed> after, int limit, boolean visibleOnly) {
        return order().items(category, after, limit, visibleOnly);
    }

    private CategoryOrderRows order() {
        return new CategoryOrderRows(em);
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
    public Set<ProductId> addProducts(
            CollectionId collection, java.util.Collection<ProductId> productIds, long firstSortKey) {
        if (productIds.isEmpty()) {
            return Set.of();
        }
        Set<String> present = new HashSet<>();
        membershipRows("SELECT product_id FROM product_collection WHERE", collection, ids(productIds), "")
                .getResultList()
                .forEach(id -> present.add(id.toString()));
        Set<ProductId> added = new LinkedHashSet<>();
        long sortKey = firstSortKey;
        for (ProductId productId : productIds) {
            if (!present.contains(productId.value().toString())) {
                em.persist(new MembershipEntity(
                        collection.value(), productId.value().toString(), sortKey));
                sortKey += SortKey.GAP;
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
        List<Object[]> rows = em.createQuery(
                        "SELECT m.productId, m.collectionId, c.visible, m.sortKey, c.path, c.name, c.slug"
                                + " FROM MembershipEntity m, CollectionEntity c"
                                + " WHERE m.productId IN :ids AND c.id = m.collectionId"
                                + " ORDER BY m.productId, m.collectionId",
                        Object[].class)
                .setParameter("ids", ids(productIds))
                .getResultList();
        // The breadcrumbs' names: the categories themselves, and their ancestors in one more statement (if any).
        Map<String, CategoryLabel> labels = new LinkedHashMap<>();
        Set<String> ancestors = new LinkedHashSet<>();
        for (Object[] m : rows) {
            labels.put((String) m[1], new CategoryLabel(new CollectionId((String) m[1]), (String) m[5], (String) m[6]));
            ancestry((String) m[4]).ids().forEach(a -> ancestors.add(a.value()));
        }
        ancestors.removeAll(labels.keySet());
        if (!ancestors.isEmpty()) {
            em.createQuery("SELECT c.id, c.name, c.slug FROM CollectionEntity c WHERE c.id IN :ids", Object[].class)
                    .setParameter("ids", List.copyOf(ancestors))
                    .getResultList()
                    .forEach(c -> labels.put(
                            (String) c[0],
                            new CategoryLabel(new CollectionId((String) c[0]), (String) c[1], (String) c[2])));
        }
        for (Object[] m : rows) {
            Ancestry ancestry = ancestry((String) m[4]);
            List<CategoryLabel> breadcrumbs = new ArrayList<>();
            ancestry.ids().forEach(a -> {
                CategoryLabel label = labels.get(a.value());
                if (label != null) {
                    breadcrumbs.add(label);
                }
            });
            breadcrumbs.add(labels.get((String) m[1]));
            result.computeIfAbsent(ProductId.parse((String) m[0]), k -> new ArrayList<>())
                    .add(new Membership(
                            new CollectionId((String) m[1]),
                            Boolean.TRUE.equals(m[2]),
                            ((Number) m[3]).longValue(),
                            ancestry,
                            breadcrumbs));
        }
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

    /** The stored path of a category: {@code /top/.../self/}. */
    static String path(Collection collection) {
        StringBuilder path = new StringBuilder("/");
        collection.ancestry().ids().forEach(id -> path.append(id.value()).append('/'));
        return path.append(collection.id().value()).append('/').toString();
    }

    /** The ancestry a stored path gives: its ids but the last. */
    static Ancestry ancestry(String path) {
        String[] ids = path.substring(1, path.length() - 1).split("/");
        List<CollectionId> ancestors = new ArrayList<>();
        for (int i = 0; i < ids.length - 1; i++) {
            ancestors.add(new CollectionId(ids[i]));
        }
        return new Ancestry(ancestors);
    }

    private static void copy(Collection collection, CollectionEntity row) {
        row.parentId = collection.parent().map(CollectionId::value).orElse(null);
        row.imageUrl = collection.image().map(CategoryImage::url).orElse(null);
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
                ancestry(row.path),
                Optional.ofNullable(row.imageUrl).map(CategoryImage::new),
                row.createdAt.toInstant(),
                row.lastUpdated.toInstant(),
                row.revision);
    }
}
