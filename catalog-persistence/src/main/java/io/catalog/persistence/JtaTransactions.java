package io.catalog.persistence;

import io.catalog.domain.application.Transactions;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.function.Supplier;

/**
 * Runs each unit of work of the application services in a JTA transaction: committed when the work returns, rolled
 * back when it throws, the exception passed on unchanged. A unit of work started inside a running transaction
 * joins it. A single read ({@link #singleRead}) runs in the caller's transaction or in none.
 *
 * <p>Each transaction begun here is a span, {@value #SPAN}, from its begin to its commit or rollback: the database
 * work of a use case (its statements, the outbox rows of its events, the commit) in the request's trace. A unit of
 * work that joins a running transaction adds no span. With telemetry off the tracer does nothing.
 */
@ApplicationScoped
public class JtaTransactions implements Transactions {

    static final String SPAN = "catalog.transaction";
    private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("catalog.transaction.outcome");

    @Resource
    UserTransaction transaction;

    /** The server's tracer (MicroProfile Telemetry); one that does nothing until the server gives it. */
    @Inject
    Tracer tracer = OpenTelemetry.noop().getTracer("io.catalog");

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                return work.get();
            }
        } catch (SystemException e) {
            throw new IllegalStateException("Cannot start a transaction", e);
        }
        Span span = tracer.spanBuilder(SPAN).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            T result = inNewTransaction(work);
            span.setAttribute(OUTCOME, "commit");
            return result;
        } catch (RuntimeException | Error e) {
            // A refused change (a domain exception) rolls back too: the span says so without calling it an error.
            span.setAttribute(OUTCOME, "rollback");
            span.recordException(e);
            throw e;
        } finally {
            span.end();
        }
    }

    private <T> T inNewTransaction(Supplier<T> work) {
        try {
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
     * Tries again, up to {@value #CONFLICT_ATTEMPTS} times in all after a short pause, when the failure was a deadlock
     * or serialization failure (SQL state class 40, on H2 and PostgreSQL alike); inside a running transaction, runs
     * the work once (the outer transaction is the one to repeat).
     */
    @Override
    public <T> T retryingConflicts(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return inTransaction(work);
            } catch (RuntimeException e) {
                if (attempt >= CONFLICT_ATTEMPTS || !transientConflict(e) || running()) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    static final int CONFLICT_ATTEMPTS = 5;

    /** A deadlock or serialization failure (SQL state class 40) anywhere in the chain. */
    static boolean transientConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private boolean running() {
        try {
            return transaction.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            return true;
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt
                    + java.util.concurrent.ThreadLocalRandom.current().nextLong(20));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before trying a transaction again", interrupted);
        }
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
