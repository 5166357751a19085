package io.muster.incident.task;

import io.muster.incident.accountability.PersonNeedsHelp;
import io.muster.incident.accountability.PersonNoLongerNeedsHelp;
import io.muster.incident.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A NEEDS_HELP answer opens a task for the incident team, in the answer's transaction (the events
 * are published synchronously). At most one open help task per person and incident: a unique
 * index decides, so repeated or concurrent answers add nothing but a comment with what they say.
 * When the person then answers otherwise (SAFE, say) the task stays open, with a comment that says
 * so: whether they are really fine is for the team to check before closing it (a mis-tap, a
 * colleague's phone, a situation that changed again), and the person's state shows on the task.
 */
@Component
class HelpTasks {

    private static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final Tasks tasks;
    private final TaskProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    HelpTasks(JdbcClient jdbc, Tasks tasks, TaskProperties properties, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
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
                    SYSTEM,
                    "TASK_CREATED",
                    id.toString(),
                    Map.of("reason", "NEEDS_HELP", "personId", help.personId().toString()));
        } else {
            comment(help.incidentId(), help.personId(), "Again: " + description(help) + ".");
        }
    }

    @EventListener
    void on(PersonNoLongerNeedsHelp answer) {
        comment(
                answer.incidentId(),
                answer.personId(),
                "Now reports " + answer.state() + " (" + answer.channel() + " at " + answer.at()
                        + "). The task stays open until the team has checked on them.");
    }

    private void comment(UUID incident, UUID person, String body) {
        openTaskAbout(incident, person).ifPresent(task -> {
            long comment = tasks.comment(task, SYSTEM, body, clock.instant());
            jdbc.sql("UPDATE tasks SET updated_at = ? WHERE id = ?")
                    .params(Timestamp.from(clock.instant()), task)
                    .update();
            audit.record(incident, SYSTEM, "TASK_COMMENTED", task.toString(), Map.of("commentId", comment));
        });
    }

    private Optional<UUID> openTaskAbout(UUID incident, UUID person) {
        return jdbc.sql(
                        """
                        SELECT id FROM tasks WHERE incident_id = ? AND help_person_id = ? AND status IN ('OPEN', 'IN_PROGRESS')
                        """)
                .params(incident, person)
                .query(UUID.class)
                .optional();
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
