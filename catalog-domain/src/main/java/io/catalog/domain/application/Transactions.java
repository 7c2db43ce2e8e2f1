package io.catalog.domain.application;

import java.util.function.Supplier;

/** Port to the transaction manager. */
public interface Transactions {

    /** Runs {@code work} in a new transaction, committed when it returns and rolled back when it throws. */
    <T> T inTransaction(Supplier<T> work);
}
