package io.muster.incident.accountability;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.facts.IncidentFactsStore;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reminder schedule of each incident, a durable timer: due schedules are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and moved on in the transaction that queues the reminders, so
 * several instances never remind twice and a crash before commit leaves the schedule due.
 */
@Component
public class ReminderSchedules {

    record Schedule(UUID incidentId, Duration every, Instant nextAt) {}

    private final JdbcClient jdbc;
    private final IncidentFactsStore incidents;
    private final NonResponderReminders reminders;
    private final AuditTrail audit;

    ReminderSchedules(
            JdbcClient jdbc, IncidentFactsStore incidents, NonResponderReminders reminders, AuditTrail audit) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.reminders = reminders;
        this.audit = audit;
    }

    Optional<Schedule> of(UUID incident) {
        return jdbc.sql("SELECT incident_id, every_ms, next_at FROM reminder_schedules WHERE incident_id = ?")
                .param(incident)
                .query((rs, n) -> new Schedule(
                        rs.getObject(1, UUID.class),
                        Duration.ofMillis(rs.getLong(2)),
                        rs.getTimestamp(3).toInstant()))
                .optional();
    }

    Schedule set(UUID incident, Duration every, String by, Instant now) {
        jdbc.sql(
                        """
                        INSERT INTO reminder_schedules (incident_id, every_ms, next_at, set_by, set_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (incident_id) DO UPDATE SET every_ms = excluded.every_ms, next_at = excluded.next_at,
                            set_by = excluded.set_by, set_at = excluded.set_at
                        """)
                .param(incident)
                .param(every.toMillis())
                .param(Timestamp.from(now.plus(every)))
                .param(by)
                .param(Timestamp.from(now))
                .update();
        audit.record(incident, by, "REMINDER_SCHEDULE_SET", null, Map.of("reminderEvery", every.toString()));
        return new Schedule(incident, every, now.plus(every));
    }

    /** Stops the incident's reminder schedule, if it has one (audited); call inside the caller's transaction. */
    public void clear(UUID incident, String by) {
        if (jdbc.sql("DELETE FROM reminder_schedules WHERE incident_id = ?")
                        .param(incident)
                        .update()
                > 0) {
            audit.record(incident, by, "REMINDER_SCHEDULE_CLEARED", null, Map.of());
        }
    }

    /** Fires the due schedules (call in a JDBC transaction); returns how many it claimed. */
    int fireDue(Instant now, int limit) {
        List<Schedule> due = jdbc.sql(
                        """
                        SELECT incident_id, every_ms, next_at FROM reminder_schedules WHERE next_at <= ?
                        ORDER BY next_at LIMIT ? FOR UPDATE SKIP LOCKED
                        """)
                .param(Timestamp.from(now))
                .param(limit)
                .query((rs, n) -> new Schedule(
                        rs.getObject(1, UUID.class),
                        Duration.ofMillis(rs.getLong(2)),
                        rs.getTimestamp(3).toInstant()))
                .list();
        for (Schedule schedule : due) {
            var incident = incidents.byId(schedule.incidentId()).filter(i -> !i.closed());
            if (incident.isEmpty()) {
                jdbc.sql("DELETE FROM reminder_schedules WHERE incident_id = ?")
                        .param(schedule.incidentId())
                        .update();
                continue;
            }
            reminders.remind(incident.get(), "system", now);
            jdbc.sql("UPDATE reminder_schedules SET next_at = ? WHERE incident_id = ?")
                    .param(Timestamp.from(now.plus(schedule.every())))
                    .param(schedule.incidentId())
                    .update();
        }
        return due.size();
    }
}
