package io.catalog.persistence.diagnostics;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/** Feeds {@link SqlStatementCount}; registered with EclipseLink as a session event listener in persistence.xml. */
public class SqlStatementCounter extends SessionEventAdapter {

    @Override
    public void preExecuteCall(SessionEvent event) {
        SqlStatementCount.increment();
    }
}
