package io.muster.kafka;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;
import org.jspecify.annotations.Nullable;

/**
 * R2DBC's outages, for the services that reach PostgreSQL over R2DBC (the gateway). Loaded only when
 * R2DBC is on the class path, so the JDBC services do not need it.
 */
final class R2dbcFailures {

    private R2dbcFailures() {}

    static Failures.@Nullable Kind classify(Throwable link) {
        return switch (link) {
            case R2dbcTransientException outage -> Failures.Kind.TRANSIENT;
            case R2dbcNonTransientResourceException outage -> Failures.Kind.TRANSIENT;
            case R2dbcException r2dbc -> Failures.bySqlState(r2dbc.getSqlState());
            default -> null;
        };
    }
}
