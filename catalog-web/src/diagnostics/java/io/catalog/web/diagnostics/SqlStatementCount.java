package io.catalog.web.diagnostics;

/**
 * The number of SQL statements sent on the current thread while counting is switched on for it. The header filter
 * switches it on per request when {@code catalog.diagnostics.sql-statements} is set and reports the count in a
 * response header; that is how the integration tests prove that a read costs a fixed number of statements.
 */
final class SqlStatementCount {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    private SqlStatementCount() {}

    /** Starts counting on this thread from zero. */
    static void start() {
        COUNT.set(new int[1]);
    }

    /** Stops counting on this thread; the number of statements since {@link #start()}, or -1 if it was not on. */
    static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? -1 : count[0];
    }

    /** One statement sent on this thread (the persistence context's, and those sent in plain JDBC). */
    static void increment() {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
    }
}
