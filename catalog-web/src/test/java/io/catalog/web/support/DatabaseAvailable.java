package io.catalog.web.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the integration tests of the PostgreSQL run only when a PostgreSQL server answers at the configured URL;
 * otherwise the run's tests are reported as skipped, with the reason, and the embedded-database run still counts.
 * It is evaluated before Arquillian starts a server.
 */
public final class DatabaseAvailable implements ExecutionCondition {

    private static volatile Optional<String> unavailable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"postgresql".equals(System.getProperty("catalog.it.database"))) {
            return ConditionEvaluationResult.enabled("embedded database");
        }
        Optional<String> reason = check();
        return reason.map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("PostgreSQL answers"));
    }

    private static synchronized Optional<String> check() {
        if (unavailable == null) {
            String url = System.getProperty("catalog.it.postgresql.url");
            DriverManager.setLoginTimeout(5);
            try (Connection ignored = DriverManager.getConnection(url, "postgres", "")) {
                unavailable = Optional.empty();
            } catch (SQLException e) {
                unavailable = Optional.of("PostgreSQL does not answer at " + url + " (" + e.getMessage()
                        + "): the PostgreSQL integration run is skipped");
                System.out.println("[WARNING] " + unavailable.get());
            }
        }
        return unavailable;
    }
}
