package io.muster.incident.escalation;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds timers that should have fired and did not (due longer ago than {@code overdue-after}):
 * a stuck or missing engine. Reports them as the gauge {@code muster.escalation.overdue.timers}
 * and a WARN log.
 */
@Component
public class OverdueTimersAuditor {

    private static final Logger log = LoggerFactory.getLogger(OverdueTimersAuditor.class);

    private final JdbcClient jdbc;
    private final EscalationProperties properties;
    private final Clock clock;
    private final AtomicLong overdue = new AtomicLong();

    OverdueTimersAuditor(JdbcClient jdbc, EscalationProperties properties, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        meters.gauge("muster.escalation.overdue.timers", overdue);
    }

    /** Counts the overdue timers now, updates the gauge and warns when there are any. */
    public long audit() {
        long count = jdbc.sql(
                        "SELECT count(*) FROM escalation_timers WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at < ?")
                .param(java.sql.Timestamp.from(clock.instant().minus(properties.overdueAfter())))
                .query(Long.class)
                .single();
        overdue.set(count);
        if (count > 0) {
            log.warn(
                    "{} escalation timers are overdue by more than {}: is an engine stuck?",
                    count,
                    properties.overdueAfter());
        }
        return count;
    }
}
