package io.catalog.domain.application;

import java.util.function.Supplier;

/** Port to the transaction manager. */
public interface Transactions {

    /** Runs {@code work} in a new transaction, committed when it returns and rolled back when it throws. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code work}, a read of one statement, in the caller's transaction if there is one and otherwise on its
     * own: a single statement is consistent by itself, and a transaction around it would only add its commit (a
     * second round trip to a networked database). By default, in a transaction.
     */
    default <T> T singleRead(Supplier<T> work) {
        return inTransaction(work);
    }
}
