package io.catalog.domain.application;

import java.util.function.Supplier;

/** Port to the transaction manager. */
public interface Transactions {

    /** Runs {@code work} in a new transaction, committed when it returns and rolled back when it throws. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code work} like {@link #inTransaction}, and again in a new transaction, a few times, when the database
     * gave it up as the victim of a deadlock or a serialization conflict with a concurrent transaction. For units of
     * work that are safe to repeat. By default, once.
     */
    default <T> T retryingConflicts(Supplier<T> work) {
        return inTransaction(work);
    }

    /**
     * Runs {@code work}, a read of one statement, in the caller's transaction if there is one and otherwise on its
     * own: a single statement is consistent by itself, and a transaction around it would only add its commit (a
     * second round trip to a networked database). By default, in a transaction.
     */
    default <T> T singleRead(Supplier<T> work) {
        return inTransaction(work);
    }
}
