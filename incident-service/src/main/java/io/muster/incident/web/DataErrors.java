package io.muster.incident.web;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * What PostgreSQL said about a failed statement, from its SQLSTATE: class 22 is a value it cannot hold (a time beyond its range, an untranslatable
 * character), class 23 a constraint the data breaks (a duplicate, a row still referred to).
 */
public final class DataErrors {

    private DataErrors() {}

    /** A value the database cannot hold: the request's fault, a 400. */
    public static boolean isBadValue(Throwable error) {
        String state = sqlState(error);
        return state != null && state.startsWith("22");
    }

    /** A broken constraint: a conflict with what is stored, a 409. */
    public static boolean isConstraintViolation(Throwable error) {
        String state = sqlState(error);
        return state != null && state.startsWith("23");
    }

    private static @Nullable String sqlState(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
