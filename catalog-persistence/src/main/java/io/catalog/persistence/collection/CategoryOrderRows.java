package io.catalog.persistence.collection;

import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.collection.CollectionRepository.Placed;
import io.catalog.domain.collection.SortKey;
import io.catalog.domain.product.ProductId;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The merchant's order of a category's products in {@code product_collection.sort_key}: each read here is a probe or a
 * short range of the index {@code (collection_id, sort_key, product_id)}, and each write one row (or, to renumber, one
 * statement), so their cost does not grow with the category.
 */
final class CategoryOrderRows {

    private final EntityManager em;

    CategoryOrderRows(EntityManager em) {
        this.em = em;
    }

    OptionalLong sortKey(CollectionId category, ProductId product) {
        return single(em.createNativeQuery(
                        "SELECT sort_key FROM product_collection WHERE collection_id = ? AND product_id = ?")
                .setParameter(1, category.value())
                .setParameter(2, product.value().toString())
                .getResultList());
    }

    OptionalLong first(CollectionId category) {
        return single(em.createNativeQuery("SELECT sort_key FROM product_collection WHERE collection_id = ?"
                        + " ORDER BY sort_key, product_id FETCH FIRST 1 ROWS ONLY")
                .setParameter(1, category.value())
                .getResultList());
    }

    OptionalLong last(CollectionId category) {
        return single(em.createNativeQuery("SELECT sort_key FROM product_collection WHERE collection_id = ?"
                        + " ORDER BY sort_key DESC, product_id DESC FETCH FIRST 1 ROWS ONLY")
                .setParameter(1, category.value())
                .getResultList());
    }

    /** The key of the row just before {@code (key, product)} in the order. */
    OptionalLong before(CollectionId category, ProductId product, long key) {
        return single(em.createNativeQuery("SELECT sort_key FROM product_collection WHERE collection_id = ?"
                        + " AND sort_key <= ? AND (sort_key < ? OR product_id < ?)"
                        + " ORDER BY sort_key DESC, product_id DESC FETCH FIRST 1 ROWS ONLY")
                .setParameter(1, category.value())
                .setParameter(2, key)
                .setParameter(3, key)
                .setParameter(4, product.value().toString())
                .getResultList());
    }

    /** Writes the product's key: an update of its row, or a new row. Answers whether the row is new. */
    boolean place(CollectionId category, ProductId product, long key) {
        int updated = em.createNativeQuery(
                        "UPDATE product_collection SET sort_key = ? WHERE collection_id = ? AND product_id = ?")
                .setParameter(1, key)
                .setParameter(2, category.value())
                .setParameter(3, product.value().toString())
                .executeUpdate();
        if (updated > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO product_collection (collection_id, product_id, sort_key) VALUES (?, ?, ?)")
                .setParameter(1, category.value())
                .setParameter(2, product.value().toString())
                .setParameter(3, key)
                .executeUpdate();
        return true;
    }

    /** Gives the category's rows the keys {@code SortKey.nth(0), nth(1), ...} in their present order. */
    void renumber(CollectionId category) {
        em.createNativeQuery("MERGE INTO product_collection t USING (SELECT product_id,"
                        + " ROW_NUMBER() OVER (ORDER BY sort_key, product_id) AS n FROM product_collection"
                        + " WHERE collection_id = ?) s ON (t.collection_id = ? AND t.product_id = s.product_id)"
                        + " WHEN MATCHED THEN UPDATE SET sort_key = s.n * " + SortKey.GAP)
                .setParameter(1, category.value())
                .setParameter(2, category.value())
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    List<Placed> items(CollectionId category, Optional<Placed> after, int limit, boolean visibleOnly) {
        StringBuilder sql = new StringBuilder("SELECT m.product_id, m.sort_key FROM product_collection m");
        if (visibleOnly) {
            sql.append(" JOIN product p ON p.id = m.product_id AND p.visible = TRUE");
        }
        sql.append(" WHERE m.collection_id = ?");
        if (after.isPresent()) {
            sql.append(" AND m.sort_key >= ? AND (m.sort_key > ? OR m.product_id > ?)");
        }
        sql.append(" ORDER BY m.sort_key, m.product_id FETCH FIRST ")
                .append(limit)
                .append(" ROWS ONLY");
        var query = em.createNativeQuery(sql.toString()).setParameter(1, category.value());
        if (after.isPresent()) {
            query.setParameter(2, after.get().sortKey())
                    .setParameter(3, after.get().sortKey())
                    .setParameter(4, after.get().product().value().toString());
        }
        return ((List<Object[]>) query.getResultList())
                .stream()
                        .map(row -> new Placed(ProductId.parse(row[0].toString()), ((Number) row[1]).longValue()))
                        .toList();
    }

    private static OptionalLong single(List<?> rows) {
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(((Number) rows.get(0)).longValue());
    }
}
