package io.catalog.persistence.diagnostics;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread while counting is switched on for it. The
 * web layer switches it on per request when {@code catalog.diagnostics.sql-statements} is set and reports the count
 * in a response header, which is how the integration tests prove that reads cost a fixed number of statements.
 * Registered with EclipseLink as a session event listener in {@code persistence.xml}.
 */
public class SqlStatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** Starts counting on this thread from zero. */
    public static void start() {
        COUNT.set(new int[1]);
    }

    /** Stops counting on this thread; the number of statements since {@link #start()}, or -1 if it was not on. */
    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? -1 : count[0];
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
    }
}
