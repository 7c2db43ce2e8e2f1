package io.catalog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class TransientConflictTest {

    @Test
    void aDeadlockOrSerializationFailureAnywhereInTheChainIsWorthAnotherTry() {
        RuntimeException h2Deadlock = new RuntimeException(
                "persistence failed",
                new IllegalStateException(new SQLTransactionRollbackException("Deadlock detected", "40001")));
        RuntimeException postgresqlDeadlock = new RuntimeException(new SQLException("deadlock detected", "40P01"));

        assertThat(JtaTransactions.transientConflict(h2Deadlock)).isTrue();
        assertThat(JtaTransactions.transientConflict(postgresqlDeadlock)).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(JtaTransactions.transientConflict(new RuntimeException(new SQLException("duplicate", "23505"))))
                .isFalse();
        assertThat(JtaTransactions.transientConflict(new RuntimeException(new SQLException("no state"))))
                .isFalse();
        assertThat(JtaTransactions.transientConflict(new IllegalStateException("no cause")))
                .isFalse();
    }
}
