package io.catalog.domain.application;

import java.util.function.Supplier;

/** Transactions for service tests: the work runs directly, with nothing to commit or roll back. */
final class DirectTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
