package io.muster.incident.task;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.escalation.Contact;
import io.muster.incident.escalation.Contacts;
import io.muster.incident.escalation.EscalatingIncident;
import io.muster.incident.escalation.EscalatingIncidents;
import io.muster.incident.escalation.NotificationRequested;
import io.muster.incident.escalation.ReplyCodeOf;
import io.muster.incident.escalation.Requests;
import io.muster.incident.outbox.Outbox;
import io.muster.incident.outbox.OutboxMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reminds the owners of overdue tasks, once per due time: due tasks are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and marked reminded for that due time in the transaction that
 * queues the reminders (so several instances never send twice; a new due time re-arms it).
 */
@Component
class OverdueTasks {

    private record Due(
            UUID id,
            UUID incidentId,
            String title,
            @Nullable UUID ownerPerson,
            @Nullable String ownerRole,
            Instant dueAt,
            String status) {}

    private final JdbcClient jdbc;
    private final TaskOwners owners;
    private final Contacts contacts;
    private final EscalatingIncidents incidents;
    private final ReplyCodeOf codes;
    private final Requests requests;
    private final Outbox outbox;
    private final AuditTrail audit;

    OverdueTasks(
            JdbcClient jdbc,
            TaskOwners owners,
            Contacts contacts,
            EscalatingIncidents incidents,
            ReplyCodeOf codes,
            Requests requests,
            Outbox outbox,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.owners = owners;
        this.contacts = contacts;
        this.incidents = incidents;
        this.codes = codes;
        this.requests = requests;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Call in a JDBC transaction; returns how many tasks it claimed. */
    int remindDue(Instant now, int limit) {
        List<Due> due = jdbc.sql(
                        """
                        SELECT id, incident_id, title, owner_person_id, owner_role, due_at, status FROM tasks
                        WHERE status IN ('OPEN', 'IN_PROGRESS') AND due_at IS NOT NULL AND due_at <= ?
                          AND reminded_due_at IS DISTINCT FROM due_at
                        ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED
                        """)
                .param(Timestamp.from(now))
                .param(limit)
                .query((rs, n) -> new Due(
                        rs.getObject("id", UUID.class),
                        rs.getObject("incident_id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("owner_person_id", UUID.class),
                        rs.getString("owner_role"),
                        rs.getTimestamp("due_at").toInstant(),
                        rs.getString("status")))
                .list();
        for (Due task : due) {
            int sent = remind(task, now);
            jdbc.sql("UPDATE tasks SET reminded_due_at = due_at WHERE id = ?")
                    .param(task.id())
                    .update();
            audit.record(
                    task.incidentId(),
                    "system",
                    "TASK_REMINDER_SENT",
                    task.id().toString(),
                    Map.of("dueAt", task.dueAt().toString(), "reminded", sent));
        }
        return due.size();
    }

    private int remind(Due task, Instant now) {
        EscalatingIncident incident = incidents.any(task.incidentId()).orElseThrow();
        List<OutboxMessage> reminders = new ArrayList<>();
        for (Contact owner : contacts.byIds(owners.peopleOf(task.ownerPerson(), task.ownerRole()))) {
            List<NotificationRequested.Channel> channels = channels(owner);
            if (channels.isEmpty()) {
                continue;
            }
            UUID notification = UUID.randomUUID();
            jdbc.sql(
                            "INSERT INTO task_reminders (notification_id, task_id, person_id, due_at, sent_at) VALUES (?, ?, ?, ?, ?)")
                    .param(notification)
                    .param(task.id())
                    .param(owner.personId())
                    .param(Timestamp.from(task.dueAt()))
                    .param(Timestamp.from(now))
                    .update();
            var notice = new Requests.Notice(
                    NotificationRequested.Purpose.TASK_OVERDUE,
                    task.title(),
                    incident.title(),
                    codes.of(incident.id(), owner.personId()),
                    channels);
            reminders.add(requests.notice(incident, owner, notification, notice, now));
        }
        outbox.append(reminders);
        return reminders.size();
    }

    /** A reminder about a task is text, not a phone call: voice only when nothing else reaches them. */
    private static List<NotificationRequested.Channel> channels(Contact owner) {
        List<NotificationRequested.Channel> all = owner.channels();
        List<NotificationRequested.Channel> text =
                all.stream().filter(c -> !c.channel().equals("VOICE")).toList();
        return text.isEmpty() ? all : text;
    }
}
