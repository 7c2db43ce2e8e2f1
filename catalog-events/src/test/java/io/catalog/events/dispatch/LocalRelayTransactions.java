package io.catalog.events.dispatch;

import io.catalog.events.LocalTransactions;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;

/** The relay's transactions as resource-local transactions of a test's entity manager. */
final class LocalRelayTransactions extends RelayTransactions {

    private final EntityManager em;

    private LocalRelayTransactions(EntityManager em) {
        this.em = em;
    }

    static RelayTransactions of(EntityManager em) {
        return new LocalRelayTransactions(em);
    }

    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
        return LocalTransactions.inTransaction(em, work);
    }
}
