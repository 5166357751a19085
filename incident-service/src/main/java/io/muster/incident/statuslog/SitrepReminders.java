package io.muster.incident.statuslog;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.outbox.OutboxRelay;
import io.muster.incident.storage.Jdbc;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Fires due sitrep reminders. Reminder rows live in PostgreSQL and are taken with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances share them and a restart loses none. Each
 * reminder is audited (the incident's log) and, when the commander's login has a person with an
 * address, sent to them; the next is due one cadence later. Closed incidents lose their row.
 */
@Component
class SitrepReminders {

    /** A due reminder row and what the reminder needs of its incident. */
    record Due(UUID incidentId, String title, boolean exercise, boolean open, String commander, long everySeconds) {}

    private final Jdbc jdbc;
    private final CommanderReminder reminder;
    private final AuditTrail audit;
    private final OutboxRelay relay;
    private final SitrepProperties properties;
    private final Clock clock;

    SitrepReminders(
            Jdbc jdbc,
            CommanderReminder reminder,
            AuditTrail audit,
            OutboxRelay relay,
            SitrepProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.reminder = reminder;
        this.audit = audit;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
    }

    /** Fires what is due now; returns how many rows were taken. */
    int remindDue() {
        Integer taken = jdbc.inTransaction(() -> fire(clock.instant()));
        if (taken > 0) {
            relay.wake();
        }
        return taken;
    }

    private Integer fire(Instant now) {
        List<Due> due = jdbc.client()
                .sql(
                        """
                        SELECT r.incident_id, i.title, i.exercise, i.status,
                               coalesce((SELECT a.username FROM incident_role_assignments a
                                         WHERE a.incident_id = i.id AND a.role = 'COMMANDER' AND a.ended_at IS NULL),
                                        i.declared_by) AS commander,
                               coalesce(extract(epoch FROM i.sitrep_every)::bigint, 0) AS every_seconds
                        FROM sitrep_reminders r JOIN incidents i ON i.id = r.incident_id
                        WHERE r.due_at <= ? ORDER BY r.due_at LIMIT ? FOR UPDATE OF r SKIP LOCKED
                        """)
                .params(Timestamp.from(now), properties.batchSize())
                .query((rs, n) -> new Due(
                        rs.getObject("incident_id", UUID.class),
                        rs.getString("title"),
                        rs.getBoolean("exercise"),
                        "OPEN".equals(rs.getString("status")),
                        rs.getString("commander"),
                        rs.getLong("every_seconds")))
                .list();
        due.forEach(row -> fire(row, now));
        return due.size();
    }

    private void fire(Due row, Instant now) {
        if (!row.open() || row.everySeconds() <= 0) {
            jdbc.client()
                    .sql("DELETE FROM sitrep_reminders WHERE incident_id = ?")
                    .param(row.incidentId())
                    .update();
            return;
        }
        String sentTo = reminder.send(row, now);
        jdbc.client()
                .sql("UPDATE sitrep_reminders SET due_at = ?, reminded = reminded + 1 WHERE incident_id = ?")
                .params(Timestamp.from(now.plus(Duration.ofSeconds(row.everySeconds()))), row.incidentId())
                .update();
        audit.record(row.incidentId(), "system", "SITREP_DUE", row.commander(), Map.of("remindedVia", sentTo));
    }
}
