package io.catalog.events;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * Work in one resource-local transaction of a test's entity manager, on its own connection from the start (so native
 * statements and row locks run in it), committed when the work returns, rolled back when it throws; the persistence
 * context is cleared either way.
 */
public final class LocalTransactions {

    private LocalTransactions() {}

    public static <T> T inTransaction(EntityManager em, Supplier<T> work) {
        em.getTransaction().begin();
        try {
            em.unwrap(UnitOfWork.class).beginEarlyTransaction();
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }

    /** The same, rolled back whatever the work does: to look at what it would see or claim, and leave no trace. */
    public static <T> T rolledBack(EntityManager em, Supplier<T> work) {
        em.getTransaction().begin();
        try {
            em.unwrap(UnitOfWork.class).beginEarlyTransaction();
            return work.get();
        } finally {
            em.getTransaction().rollback();
            em.clear();
        }
    }
}
