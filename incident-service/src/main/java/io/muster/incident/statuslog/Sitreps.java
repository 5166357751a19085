package io.muster.incident.statuslog;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.storage.Jdbc;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Posts and reads situation reports. A report restarts the incident's reminder cadence: the next
 * one is due one cadence after this one. Reports are internal: they are audited, not published.
 */
@Component
class Sitreps {

    private final Jdbc jdbc;
    private final LoggedIncidents incidents;
    private final AuditTrail audit;
    private final Clock clock;

    Sitreps(Jdbc jdbc, LoggedIncidents incidents, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<Sitrep> post(UUID incidentId, Forms.PostSitrep form, String by) {
        return jdbc.transactional(() -> {
            incidents.requireOpen(incidentId);
            var sitrep = new Sitrep(
                    UUID.randomUUID(),
                    incidentId,
                    form.conditions().strip(),
                    form.actions().strip(),
                    form.needs().strip(),
                    by,
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            Timestamp at = Timestamp.from(sitrep.postedAt());
            jdbc.client()
                    .sql("INSERT INTO sitreps (id, incident_id, posted_at, posted_by, conditions, actions, needs)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(sitrep.id(), incidentId, at, by, sitrep.conditions(), sitrep.actions(), sitrep.needs())
                    .update();
            jdbc.client()
                    .sql("UPDATE sitrep_reminders r SET due_at = ?::timestamptz + i.sitrep_every FROM incidents i"
                            + " WHERE r.incident_id = ? AND i.id = r.incident_id AND i.sitrep_every IS NOT NULL")
                    .params(at, incidentId)
                    .update();
            audit.record(
                    incidentId,
                    by,
                    "SITREP_POSTED",
                    sitrep.id().toString(),
                    Map.of("conditions", sitrep.conditions(), "actions", sitrep.actions(), "needs", sitrep.needs()));
            return sitrep;
        });
    }

    Mono<List<Sitrep>> newestFirst(UUID incidentId, int limit) {
        return jdbc.transactional(() -> {
            incidents.require(incidentId);
            return jdbc.client()
                    .sql(
                            """
                            SELECT id, incident_id, conditions, actions, needs, posted_by, posted_at
                            FROM sitreps WHERE incident_id = ? ORDER BY posted_at DESC, id LIMIT ?
                            """)
                    .params(incidentId, limit)
                    .query(Sitrep.class)
                    .list();
        });
    }
}
