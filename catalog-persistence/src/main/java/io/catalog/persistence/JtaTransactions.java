package io.catalog.persistence;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.catalog.domain.application.Transactions;

/** Each unit of work of the application services in a JTA transaction of its own. */
@ApplicationScoped
public class JtaTransactions implements Transactions {

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
