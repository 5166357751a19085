package io.muster.incident.lifecycle;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.incidentrole.IncidentRole;
import io.muster.incident.incidentrole.IncidentRoles;
import io.muster.incident.kafka.TopicsProperties;
import io.muster.incident.outbox.Outbox;
import io.muster.incident.outbox.OutboxMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes what a change did: the history row, the audit entry and, for phase, severity and type,
 * the IncidentUpdated event (the sitrep cadence is internal and not published).
 */
@Component
class ChangeRecorder {

    private static final Map<String, String> PUBLISHED_AS =
            Map.of("PHASE", "STATE", "SEVERITY", "SEVERITY", "TYPE", "TYPE");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final TopicsProperties topics;
    private final Outbox outbox;
    private final IncidentRoles roles;

    ChangeRecorder(
            JdbcClient jdbc,
            AuditTrail audit,
            JsonMapper json,
            TopicsProperties topics,
            Outbox outbox,
            IncidentRoles roles) {
        this.roles = roles;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.audit = audit;
        this.json = json;
        this.topics = topics;
    }

    Changes start(String by, String comment, Instant now) {
        return new Changes(by, comment, now);
    }

    /** The changes of one request, recorded as they are made. */
    final class Changes {
        private final String by;
        private final String comment;
        private final Instant now;
        private int count;

        private Changes(String by, String comment, Instant now) {
            this.by = by;
            this.comment = comment;
            this.now = now;
        }

        LockedIncident record(LockedIncident after, String field, @Nullable Object from, @Nullable Object to) {
            String old = from == null ? null : from.toString();
            String now = to == null ? null : to.toString();
            jdbc.sql(
                            "INSERT INTO incident_changes (incident_id, changed_at, changed_by, field, old_value, new_value, comment)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .param(after.id())
                    .param(Timestamp.from(this.now))
                    .param(by)
                    .param(field)
                    .param(old)
                    .param(now)
                    .param(comment)
                    .update();
            Map<String, Object> details = new HashMap<>();
            details.put("from", old);
            details.put("to", now);
            details.put("comment", comment);
            audit.record(after.id(), by, "INCIDENT_" + field + "_CHANGED", field, details);
            publish(after, field);
            count++;
            return after;
        }

        private void publish(LockedIncident after, String field) {
            String change = PUBLISHED_AS.get(field);
            if (change == null) return;
            // Until the command is handed over, whoever declared the incident commands it.
            String commander = roles.holder(after.id(), IncidentRole.COMMANDER).orElse(after.declaredBy());
            var event = IncidentUpdated.of(after, commander, change, by, now);
            outbox.append(new OutboxMessage(topics.incidents(), after.id().toString(), json.writeValueAsString(event)));
        }

        Boolean finish() {
            return count > 0;
        }
    }
}
