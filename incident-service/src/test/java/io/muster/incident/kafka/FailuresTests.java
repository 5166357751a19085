package io.muster.incident.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

class FailuresTests {

    @Test
    void aDatabaseThatCannotBeReachedIsTransientHoweverDeeplyWrapped() {
        var refused = new ListenerExecutionFailedException(
                "listener failed",
                new IllegalStateException(new DataAccessResourceFailureException(
                        "Failed to obtain R2DBC Connection",
                        new R2dbcNonTransientResourceException("Connection refused"))));

        assertThat(Failures.classify(refused)).isEqualTo(Failures.Kind.TRANSIENT);
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
                        new ListenerExecutionFailedException("x", new UndeliverableRecord("Unknown type"))))
                .isEqualTo(Failures.Kind.PERMANENT);
        assertThat(Failures.classify(new DataIntegrityViolationException("constraint")))
                .isEqualTo(Failures.Kind.UNKNOWN);
        assertThat(Failures.classify(new NullPointerException())).isEqualTo(Failures.Kind.UNKNOWN);
    }
}
