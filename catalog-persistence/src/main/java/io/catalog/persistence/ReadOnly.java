package io.catalog.persistence;

import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * EclipseLink's read-only query hint: the rows read are not registered in the transaction's unit of work, so they
 * are neither copied for change detection nor compared at commit. For rows that are only turned into domain
 * objects (reads, pages); rows that a write changes are read without it.
 */
public final class ReadOnly {

    static final String HINT = "eclipselink.read-only";

    private ReadOnly() {}

    public static <T> List<T> of(TypedQuery<T> query) {
        return query.setHint(HINT, true).getResultList();
    }
}
