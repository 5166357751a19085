package io.muster.incident.lifecycle;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads an incident for a change with {@code FOR UPDATE} (two commanders changing it at once are
 * serialised) and writes the changed fields back; also keeps the sitrep reminder row in step with
 * the cadence (the reminders themselves are the status log's).
 */
@Component
class LockedIncidents {

    private final JdbcClient jdbc;

    LockedIncidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LockedIncident> lock(UUID id) {
        return jdbc.sql(
                        """
                        SELECT id, exercise, status, phase, severity, incident_type, declared_by,
                               extract(epoch FROM sitrep_every)::bigint AS sitrep_seconds
                        FROM incidents WHERE id = ? FOR UPDATE
                        """)
                .param(id)
                .query((rs, n) -> {
                    long sitrep = rs.getLong("sitrep_seconds");
                    return new LockedIncident(
                            rs.getObject("id", UUID.class),
                            rs.getBoolean("exercise"),
                            "OPEN".equals(rs.getString("status")),
                            Phase.valueOf(rs.getString("phase")),
                            Severity.valueOf(rs.getString("severity")),
                            rs.getString("incident_type"),
                            rs.getString("declared_by"),
                            rs.wasNull() ? null : Duration.ofSeconds(sitrep));
                })
                .optional();
    }

    void save(LockedIncident incident) {
        Duration every = incident.sitrepEvery();
        jdbc.sql(
                        "UPDATE incidents SET phase = ?, severity = ?, incident_type = ?, sitrep_every = make_interval(secs => ?)"
                                + " WHERE id = ?")
                .param(incident.phase().name())
                .param(incident.severity().name())
                .param(incident.incidentType())
                .param(every == null ? null : (double) every.toSeconds())
                .param(incident.id())
                .update();
    }

    /** The first sitrep is due one cadence after it was set; no cadence, no reminder. */
    void scheduleSitreps(UUID id, Duration every, Instant now) {
        if (every.isZero()) {
            jdbc.sql("DELETE FROM sitrep_reminders WHERE incident_id = ?")
                    .param(id)
                    .update();
            return;
        }
        jdbc.sql("INSERT INTO sitrep_reminders (incident_id, due_at) VALUES (?, ?)"
                        + " ON CONFLICT (incident_id) DO UPDATE SET due_at = excluded.due_at")
                .param(id)
                .param(Timestamp.from(now.plus(every)))
                .update();
    }
}
