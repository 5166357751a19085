package io.muster.incident.task;

import io.muster.incident.accountability.PersonNeedsHelp;
import io.muster.incident.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A NEEDS_HELP answer opens a task for the incident team, in the answer's transaction (the event
 * is published synchronously). At most one open help task per person and incident: a unique
 * index decides, so repeated or concurrent answers add nothing.
 */
@Component
class HelpTasks {

    private final JdbcClient jdbc;
    private final TaskProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    HelpTasks(JdbcClient jdbc, TaskProperties properties, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(PersonNeedsHelp help) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        int created = jdbc.sql(
                        """
                        INSERT INTO tasks (id, incident_id, title, description, owner_role, due_at, status, created_by,
                                           created_at, updated_at, help_person_id)
                        SELECT ?, ?, 'Help ' || p.display_name || ' (' || p.employee_id || ')', ?,
                               (SELECT name FROM roles WHERE name = ?), ?, 'OPEN', 'system', ?, ?, p.id
                        FROM people p WHERE p.id = ?
                        ON CONFLICT (incident_id, help_person_id)
                            WHERE help_person_id IS NOT NULL AND status IN ('OPEN', 'IN_PROGRESS') DO NOTHING
                        """)
                .param(id)
                .param(help.incidentId())
                .param(description(help))
                .param(properties.helpTaskOwnerRole())
                .param(Timestamp.from(now.plus(properties.helpTaskDue())))
                .param(Timestamp.from(now))
                .param(Timestamp.from(now))
                .param(help.personId())
                .update();
        if (created == 1) {
            audit.record(
                    help.incidentId(),
                    "system",
                    "TASK_CREATED",
                    id.toString(),
                    Map.of("reason", "NEEDS_HELP", "personId", help.personId().toString()));
        }
    }

    private static String description(PersonNeedsHelp help) {
        StringBuilder text = new StringBuilder("Answered NEEDS_HELP on ")
                .append(help.channel())
                .append(" at ")
                .append(help.at());
        if (help.location() != null) text.append(". Location: ").append(help.location());
        if (help.comment() != null) text.append(". Comment: ").append(help.comment());
        return text.toString();
    }
}
