package io.muster.incident.escalation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The transaction-scoped lock every fan-out holds from reading the people it targets until it
 * commits their recipients. Fan-outs take turns (so two never hand a person the same reply code),
 * and deleting a person waits for it (the V9 trigger on people takes the same key), which keeps
 * recipients pointing at people without a row-by-row foreign key.
 */
@Component
public class FanOutLock {

    /** Also in V9__fan_out_speed.sql. */
    static final long KEY = 0x6d75737465720001L;

    private final JdbcClient jdbc;

    FanOutLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside the fan-out's JDBC transaction; taking it again in the same one is free. */
    public void take() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(KEY).query().singleRow();
    }
}
