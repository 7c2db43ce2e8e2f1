package io.catalog.web.diagnostics;

import io.catalog.persistence.PlainJdbcStatements;
import jakarta.persistence.EntityManager;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Feeds {@link SqlStatementCount}: an EclipseLink session event listener for the persistence context's statements,
 * and the listener of the statements the persistence module sends in plain JDBC ({@link PlainJdbcStatements}).
 */
final class SqlStatementCounter extends SessionEventAdapter {

    private SqlStatementCounter() {}

    /**
     * Counts from now on every statement of the persistence unit and every plain JDBC one. Sessions and units of work
     * take their listeners from the unit's session when they begin, so each one begun afterwards counts.
     */
    static void register(EntityManager em) {
        // The entity manager's database session is the unit's own (its server session), not one of a transaction.
        em.unwrap(DatabaseSession.class).getEventManager().addListener(new SqlStatementCounter());
        PlainJdbcStatements.listen(SqlStatementCount::increment);
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        SqlStatementCount.increment();
    }
}
