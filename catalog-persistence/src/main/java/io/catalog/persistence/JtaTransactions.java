package io.catalog.persistence;

import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import io.catalog.domain.application.Transactions;

/**
 * Runs each unit of work of the application services in a JTA transaction: committed when the work returns, rolled
 * back when it throws, the exception passed on unchanged. A unit of work started inside a running transaction
 * joins it. A single read ({@link #singleRead}) runs in the caller's transaction or in none.
 */
@ApplicationScoped
public class JtaTransactions implements Transactions {

    @Resource
    UserTransaction transaction;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                return work.get();
            }
            transaction.begin();
        } catch (jakarta.transaction.NotSupportedException | SystemException e) {
            throw new IllegalStateException("Cannot start a transaction", e);
        }
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            rollback(e);
            throw e;
        }
        try {
            transaction.commit();
        } catch (Exception e) {
            throw new IllegalStateException("The transaction failed to commit", e);
        }
        return result;
    }

    /**
     * Without a transaction when none is running: the container-managed persistence context then reads in
     * auto-commit, one round trip, and whatever it read is detached when the call returns.
     */
    @Override
    public <T> T singleRead(Supplier<T> work) {
        return work.get();
    }

    private void rollback(Throwable cause) {
        try {
            transaction.rollback();
        } catch (SystemException | IllegalStateException | SecurityException e) {
            cause.addSuppressed(e);
        }
    }
}
