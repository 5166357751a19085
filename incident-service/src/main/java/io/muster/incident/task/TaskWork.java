package io.muster.incident.task;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.facts.IncidentFactsStore;
import io.muster.incident.web.InvalidFields;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Creates, changes and comments on tasks, each audited in its own transaction (call inside one). */
@Component
class TaskWork {

    private final Tasks tasks;
    private final TaskOwners owners;
    private final IncidentFactsStore incidents;
    private final AuditTrail audit;
    private final Clock clock;

    TaskWork(Tasks tasks, TaskOwners owners, IncidentFactsStore incidents, AuditTrail audit, Clock clock) {
        this.tasks = tasks;
        this.owners = owners;
        this.incidents = incidents;
        this.audit = audit;
        this.clock = clock;
    }

    Task create(UUID incident, NewTask form, String by) {
        incidents.require(incident);
        if (form.ownerPersonId() != null && form.ownerRole() != null) {
            throw new InvalidFields(List.of(
                    new InvalidFields.FieldError("ownerRole", "a task is owned by a person or a role, not both")));
        }
        owners.requireKnown(form.ownerPersonId(), form.ownerRole());
        Instant now = clock.instant();
        Task task = new Task(
                UUID.randomUUID(),
                incident,
                form.title().strip(),
                form.description(),
                TaskStatus.OPEN,
                form.ownerPersonId(),
                form.ownerRole(),
                form.dueAt(),
                false,
                by,
                now,
                now,
                null,
                null,
                null);
        tasks.insert(task);
        audit.record(incident, by, "TASK_CREATED", task.id().toString(), facts(task));
        return tasks.byId(incident, task.id()).orElseThrow();
    }

    Task change(UUID incident, UUID id, TaskChange change, String by) {
        incidents.require(incident);
        Task was = tasks.forUpdate(incident, id).orElseThrow(() -> new TaskNotFound(incident, id));
        if (change.ownerGiven()) {
            owners.requireKnown(change.ownerPersonId(), change.ownerRole());
        }
        Task now = new Task(
                was.id(),
                was.incidentId(),
                change.title() == null ? was.title() : change.title().strip(),
                change.descriptionGiven() ? change.description() : was.description(),
                change.status() == null ? was.status() : change.status(),
                change.ownerGiven() ? change.ownerPersonId() : was.ownerPersonId(),
                change.ownerGiven() ? change.ownerRole() : was.ownerRole(),
                change.dueGiven() ? change.dueAt() : was.dueAt(),
                false,
                was.createdBy(),
                was.createdAt(),
                clock.instant(),
                was.helpPersonId(),
                was.helpPersonState(),
                null);
        tasks.update(now);
        audit.record(incident, by, "TASK_UPDATED", id.toString(), facts(now));
        return tasks.byId(incident, id).orElseThrow();
    }

    Task comment(UUID incident, UUID id, NewComment comment, String by) {
        incidents.require(incident);
        Task task = tasks.byId(incident, id).orElseThrow(() -> new TaskNotFound(incident, id));
        long commentId = tasks.comment(id, by, comment.body().strip(), clock.instant());
        audit.record(incident, by, "TASK_COMMENTED", id.toString(), Map.of("commentId", commentId));
        return task.withComments(tasks.comments(id));
    }

    static Map<String, Object> facts(Task task) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("title", task.title());
        facts.put("status", task.status().name());
        if (task.ownerPersonId() != null)
            facts.put("ownerPersonId", task.ownerPersonId().toString());
        if (task.ownerRole() != null) facts.put("ownerRole", task.ownerRole());
        if (task.dueAt() != null) facts.put("dueAt", task.dueAt().toString());
        return facts;
    }
}
