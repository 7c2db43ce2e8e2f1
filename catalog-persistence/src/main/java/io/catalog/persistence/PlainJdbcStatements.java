package io.catalog.persistence;

/**
 * Statements this module sends in plain JDBC, beside the persistence context (EclipseLink's session events see only
 * its own). Each one is announced here as it is sent, on the sending thread. A deployment that counts the statements
 * of a request (the diagnostics WAR the integration tests and the benchmark deploy) listens; the shipped application
 * registers no listener, and an announcement then costs one volatile read.
 */
public final class PlainJdbcStatements {

    private static volatile Runnable listener;

    private PlainJdbcStatements() {}

    /** Calls {@code listener} for every statement announced from now on, in place of the one before; null: none. */
    public static void listen(Runnable listener) {
        PlainJdbcStatements.listener = listener;
    }

    /** One statement is sent on this thread. */
    public static void sent() {
        Runnable current = listener;
        if (current != null) {
            current.run();
        }
    }
}
