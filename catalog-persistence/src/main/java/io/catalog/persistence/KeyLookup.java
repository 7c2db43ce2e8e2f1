package io.catalog.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collections;
import java.util.List;

/**
 * Rows looked up by a whole two-column key: {@code head (first, second) IN ((?, ?), ...) tail}, a native query that
 * both databases answer with one probe per pair in the index on {@code (first, second)}.
 *
 * <p>Why not {@code first = ? AND second IN (...)}: H2 (2.x) answers that shape by reading every index entry of
 * {@code first} and comparing each with the whole list, so a lookup of 100 slugs or 1,000 collection members read the
 * whole store or collection, and cost grew with the store. A row-value list is matched to the index whole.
 */
public final class KeyLookup {

    private KeyLookup() {}

    /** The native query; {@code seconds} must not be empty. */
    public static Query rows(
            EntityManager em,
            String head,
            String first,
            String second,
            Object firstValue,
            List<?> seconds,
            String tail) {
        if (seconds.isEmpty()) {
            throw new IllegalArgumentException("no keys to look up");
        }
        Query query = em.createNativeQuery(head + " (" + first + ", " + second + ") IN ("
                + String.join(", ", Collections.nCopies(seconds.size(), "(?, ?)")) + ")" + tail);
        for (int i = 0; i < seconds.size(); i++) {
            query.setParameter(2 * i + 1, firstValue);
            query.setParameter(2 * i + 2, seconds.get(i));
        }
        return query;
    }

    /**
     * The same shape for keys whose both columns vary: {@code head (first, second) IN ((?, ?), ...) tail}, each of
     * {@code keys} a pair of values; {@code keys} must not be empty.
     */
    public static Query rowsOfPairs(
            EntityManager em, String head, String first, String second, List<? extends List<?>> keys, String tail) {
        return rowsOfKeys(em, head, List.of(first, second), keys, tail);
    }

    /**
     * The same shape for a key of any number of columns: {@code head (c1, c2, ...) IN ((?, ?, ...), ...) tail}, each
     * of {@code keys} as many values as {@code columns}; {@code keys} must not be empty. H2 matches the list to an
     * index of exactly these columns, not to one that has more.
     */
    public static Query rowsOfKeys(
            EntityManager em, String head, List<String> columns, List<? extends List<?>> keys, String tail) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no keys to look up");
        }
        String tuple = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        Query query = em.createNativeQuery(head + " (" + String.join(", ", columns) + ") IN ("
                + String.join(", ", Collections.nCopies(keys.size(), tuple)) + ")" + tail);
        int parameter = 1;
        for (List<?> key : keys) {
            if (key.size() != columns.size()) {
                throw new IllegalArgumentException("a key of " + key.size() + " values for " + columns);
            }
            for (Object value : key) {
                query.setParameter(parameter++, value);
            }
        }
        return query;
    }
}
