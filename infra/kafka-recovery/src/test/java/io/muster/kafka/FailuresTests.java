package io.muster.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

class FailuresTests {

    @Test
    void aDatabaseThatCannotBeReachedIsTransientHoweverDeeplyWrapped() {
        var refused = new ListenerExecutionFailedException(
                "listener failed",
                new IllegalStateException(new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("Connection is not available, request timed out"))));

        assertThat(Failures.classify(refused)).isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new DataAccessResourceFailureException(
                        "connection reset",
                        new SQLException("An I/O error occurred while sending to the backend.", "08006"))))
                .isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new CannotCreateTransactionException("no JDBC connection")))
                .isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new RuntimeException(new ConnectException("refused"))))
                .isEqualTo(Failures.Kind.TRANSIENT);
    }

    @Test
    void postgresShuttingDownDeadlocksAndSerializationFailuresAreTransientOtherSqlErrorsAreNot() {
        assertThat(Failures.classify(new SQLException("terminating connection", "57P01")))
                .isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new SQLException("deadlock detected", "40P01")))
                .isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new SQLException("could not serialize", "40001")))
                .isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new SQLException("syntax error", "42601"))).isEqualTo(Failures.Kind.UNKNOWN);
    }

    @Test
    void aRecordThatCanNeverBeHandledIsPermanentAndABugIsUnknown() {
        assertThat(Failures.classify(
                        new ListenerExecutionFailedException("x", new UnprocessableRecord("Unknown type"))))
                .isEqualTo(Failures.Kind.PERMANENT);
        assertThat(Failures.classify(new DataIntegrityViolationException("constraint")))
                .isEqualTo(Failures.Kind.UNKNOWN);
        assertThat(Failures.classify(new NullPointerException())).isEqualTo(Failures.Kind.UNKNOWN);
    }

    @Test
    void aDependencyAFeatureMarksAsAwayIsWaitedOutHoweverWrapped() {
        assertThat(Failures.classify(new BrokerAway())).isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new IllegalStateException("listener failed", new BrokerAway())))
                .isEqualTo(Failures.Kind.TRANSIENT);
    }

    @Test
    void r2dbcOutagesAreTransientAndItsOtherErrorsGoBySqlState() {
        assertThat(Failures.classify(new R2dbcTransientResourceException("pool exhausted")))
                .isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new R2dbcNonTransientResourceException("connection refused")))
                .isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new R2dbcBadGrammarException("terminating connection", "57P01")))
                .isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(Failures.classify(new R2dbcBadGrammarException("syntax error", "42601")))
                .isEqualTo(Failures.Kind.UNKNOWN);
    }

    /** Stands for a feature's exception, such as the outcome the broker did not acknowledge. */
    private static final class BrokerAway extends RuntimeException implements DependencyOutage {

        BrokerAway() {
            super("outcome not acknowledged");
        }
    }
}
