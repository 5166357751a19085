package io.muster.kafka;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RetriableException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.util.ClassUtils;
import tools.jackson.core.JacksonException;

/**
 * Every service's one answer to "can retrying this record ever help?". A dependency that is away
 * (PostgreSQL over JDBC or R2DBC, the broker, a message provider: no connection, a timeout, a restart, a
 * deadlock, an open circuit; anything marked {@link DependencyOutage}) is {@link
 * Kind#TRANSIENT}: the consumer waits it out however long it lasts. A record no retry can fix is
 * {@link Kind#PERMANENT}: it goes to the dead-letter topic at once. Anything else (a bug) is
 * {@link Kind#UNKNOWN}: retried a few times, then dead-lettered, to be re-driven once fixed.
 * The first link of the cause chain that says decides.
 */
public final class Failures {

    /** How a consumer treats a failure. */
    public enum Kind {
        TRANSIENT,
        PERMANENT,
        UNKNOWN
    }

    private static final boolean R2DBC_PRESENT =
            ClassUtils.isPresent("io.r2dbc.spi.R2dbcException", Failures.class.getClassLoader());

    private Failures() {}

    public static Kind classify(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable link = failure; link != null && seen.put(link, true) == null; link = link.getCause()) {
            Kind kind = classifyOne(link);
            if (kind != null) {
                return kind;
            }
        }
        return Kind.UNKNOWN;
    }

    public static boolean isTransient(Throwable failure) {
        return classify(failure) == Kind.TRANSIENT;
    }

    private static @Nullable Kind classifyOne(Throwable link) {
        return switch (link) {
            case UnprocessableRecord permanent -> Kind.PERMANENT;
            case DependencyOutage away -> Kind.TRANSIENT;
            case JacksonException undecodable -> Kind.PERMANENT;
            case TransientDataAccessException outage -> Kind.TRANSIENT;
            case DataAccessResourceFailureException outage -> Kind.TRANSIENT;
            case RecoverableDataAccessException outage -> Kind.TRANSIENT;
            case CannotCreateTransactionException outage -> Kind.TRANSIENT;
            case TransactionSystemException commitFailed -> Kind.TRANSIENT;
            case SQLTransientException outage -> Kind.TRANSIENT;
            case SQLRecoverableException outage -> Kind.TRANSIENT;
            case SQLNonTransientConnectionException outage -> Kind.TRANSIENT;
            case SQLException sql -> bySqlState(sql.getSQLState());
            case RetriableException brokerAway -> Kind.TRANSIENT;
            case TimeoutException timedOut -> Kind.TRANSIENT;
            // twilio-java's Jackson 2 reports unreadable JSON as an IOException: that is no outage
            case IOException json when json.getClass().getName().startsWith("com.fasterxml.jackson") -> Kind.PERMANENT;
            case IOException io -> Kind.TRANSIENT;
            default -> R2DBC_PRESENT ? R2dbcFailures.classify(link) : null;
        };
    }

    /**
     * PostgreSQL's classes of errors that pass: connection (08), insufficient resources (53),
     * shutdown or startup (57P), serialization failure and deadlock (40001, 40P01), lock not
     * available (55P03), system errors (58).
     */
    static @Nullable Kind bySqlState(@Nullable String state) {
        if (state == null || state.length() < 2) {
            return null;
        }
        boolean passes = state.startsWith("08")
                || state.startsWith("53")
                || state.startsWith("57P")
                || state.startsWith("58")
                || state.equals("40001")
                || state.equals("40P01")
                || state.equals("55P03");
        return passes ? Kind.TRANSIENT : null;
    }
}
