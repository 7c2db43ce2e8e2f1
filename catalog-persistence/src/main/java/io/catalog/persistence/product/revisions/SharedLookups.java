package io.catalog.persistence.product.revisions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Lookups by key that arrive together share one statement. A caller queues its key; if no statement is running, it
 * runs one itself for every key queued so far (at most {@code maxKeys}) and hands each of their callers its answer.
 * Callers that arrive while a statement runs wait; when it ends, the first of those still waiting runs the next one,
 * for all of them. Alone, a caller runs its own statement at once, as it would without this class.
 *
 * <p>A statement reads only keys queued before it started, so the answer a caller gets was read after it asked: as
 * fresh as a statement of its own would have been. When a statement fails, every caller it was for gets the failure.
 */
final class SharedLookups<K, V> {

    /** The statement: the values of the keys found (a key not found is left out). */
    @FunctionalInterface
    interface Lookup<K, V> {
        Map<K, V> valuesOf(Set<K> keys) throws Exception;
    }

    private static final int WAITING = 0;
    private static final int DONE = 1;
    /** Told by the caller that ran the last statement: no statement runs, and this caller is first in the queue. */
    private static final int RUN_NEXT = 2;

    private static final class Caller<K, V> {
        final K key;
        final Thread thread = Thread.currentThread();
        final AtomicInteger state = new AtomicInteger(WAITING);
        // Written before state becomes DONE, read after it is seen DONE.
        Optional<V> value;
        Exception failure;

        Caller(K key) {
            this.key = key;
        }
    }

    private final ConcurrentLinkedQueue<Caller<K, V>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final int maxKeys;
    private final Lookup<K, V> lookup;

    SharedLookups(int maxKeys, Lookup<K, V> lookup) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1");
        }
        this.maxKeys = maxKeys;
        this.lookup = lookup;
    }

    /**
     * The value of {@code key}, read by a statement that started after this call began.
     *
     * @throws Exception the statement's failure
     */
    Optional<V> get(K key) throws Exception {
        Caller<K, V> me = new Caller<>(key);
        queue.add(me);
        boolean interrupted = false;
        try {
            while (true) {
                if (running.compareAndSet(false, true)) {
                    try {
                        if (me.state.get() != DONE) {
                            runOnce();
                        }
                    } finally {
                        running.set(false);
                    }
                    if (me.state.get() == DONE) {
                        handOn();
                        return answer(me);
                    }
                    continue; // more keys were queued before this one than one statement reads
                }
                // A statement runs; whoever runs it tells the first caller in the queue to run the next one.
                while (me.state.get() == WAITING) {
                    LockSupport.park(this);
                    interrupted |= Thread.interrupted();
                }
                if (me.state.get() == DONE) {
                    return answer(me);
                }
                me.state.compareAndSet(RUN_NEXT, WAITING); // fails only when it is DONE meanwhile: the loop sees it
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How many callers wait for a statement that has not started yet. */
    int queued() {
        return queue.size();
    }

    private Optional<V> answer(Caller<K, V> me) throws Exception {
        if (me.failure != null) {
            throw me.failure;
        }
        return me.value;
    }

    private void runOnce() {
        List<Caller<K, V>> callers = new ArrayList<>();
        Set<K> keys = new LinkedHashSet<>();
        for (Caller<K, V> next; callers.size() < maxKeys && (next = queue.poll()) != null; ) {
            callers.add(next);
            keys.add(next.key);
        }
        Map<K, V> values = null;
        Exception failure = null;
        try {
            values = lookup.valuesOf(keys);
        } catch (Exception e) {
            failure = e;
        } catch (Error e) {
            // The callers are released either way; each of them gets the error, wrapped.
            failure = new IllegalStateException("A shared lookup failed", e);
        }
        for (Caller<K, V> caller : callers) {
            if (failure == null) {
                caller.value = Optional.ofNullable(values.get(caller.key));
            } else {
                caller.failure = failure;
            }
            caller.state.set(DONE);
            if (caller.thread != Thread.currentThread()) {
                LockSupport.unpark(caller.thread);
            }
        }
    }

    /**
     * After {@link #running} is released: the first caller still queued runs the next statement. A caller that
     * queued while a statement ran and then found one running is in the queue before this looks at it, so none is
     * left waiting with nobody to run its statement.
     */
    private void handOn() {
        Caller<K, V> first = queue.peek();
        if (first == null) {
            return;
        }
        for (int state = first.state.get(); state != DONE; state = first.state.get()) {
            if (state == RUN_NEXT || first.state.compareAndSet(WAITING, RUN_NEXT)) {
                LockSupport.unpark(first.thread);
                return;
            }
        }
    }
}
