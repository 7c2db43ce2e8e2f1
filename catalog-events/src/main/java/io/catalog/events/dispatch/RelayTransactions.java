package io.catalog.events.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * The relay's transactions: each step of a batch in a transaction of its own, committed when it returns (also when
 * the caller runs in a transaction), so that the claim is in the database before anything is published.
 */
@ApplicationScoped
public class RelayTransactions {

    /** Runs {@code work} in a new transaction, committed when it returns and rolled back when it throws. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inNewTransaction(Supplier<T> work) {
        return work.get();
    }
}
