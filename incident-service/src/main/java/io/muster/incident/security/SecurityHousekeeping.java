package io.muster.incident.security;

import io.muster.incident.scheduling.Poller;
import io.muster.incident.storage.Jdbc;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Deletes rate counters whose window has ended and console sessions that expired, once a minute. */
@Component
class SecurityHousekeeping extends Poller {

    private static final int BATCH = 1000;

    private final Jdbc jdbc;
    private final RateCounters counters;
    private final ConsoleSessions sessions;
    private final Clock clock;

    SecurityHousekeeping(Jdbc jdbc, RateCounters counters, ConsoleSessions sessions, Clock clock) {
        super("security-housekeeping", true, Duration.ofMinutes(1), "expired rows are deleted next round");
        this.jdbc = jdbc;
        this.counters = counters;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    protected boolean pollOnce() {
        return jdbc.inTransaction(() ->
                        counters.deleteExpired(clock.instant(), BATCH) + sessions.deleteExpired(clock.instant(), BATCH))
                >= BATCH;
    }
}
