package io.muster.incident.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored tasks and their comments (JDBC, in the caller's transaction). */
@Component
class Tasks {

    private static final String SELECT =
            """
            SELECT id, incident_id, title, description, status, owner_person_id, owner_role, due_at, created_by,
                   created_at, updated_at, help_person_id,
                   (SELECT r.state FROM recipients r WHERE r.incident_id = tasks.incident_id
                    AND r.person_id = tasks.help_person_id) AS help_person_state,
                   (status IN ('OPEN', 'IN_PROGRESS') AND due_at IS NOT NULL AND due_at <= now()) AS overdue
            FROM tasks
            """;

    private final JdbcClient jdbc;

    Tasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Task task) {
        jdbc.sql(
                        """
                        INSERT INTO tasks (id, incident_id, title, description, owner_person_id, owner_role, due_at, status,
                                           created_by, created_at, updated_at, help_person_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .param(task.id())
                .param(task.incidentId())
                .param(task.title())
                .param(task.description())
                .param(task.ownerPersonId())
                .param(task.ownerRole())
                .param(timestamp(task.dueAt()))
                .param(task.status().name())
                .param(task.createdBy())
                .param(Timestamp.from(task.createdAt()))
                .param(Timestamp.from(task.updatedAt()))
                .param(task.helpPersonId())
                .update();
    }

    Optional<Task> byId(UUID incident, UUID id) {
        return jdbc.sql(SELECT + "WHERE incident_id = ? AND id = ?")
                .param(incident)
                .param(id)
                .query((rs, n) -> task(rs))
                .optional();
    }

    /** Locks the task for a change, so two concurrent PATCHes apply one after the other. */
    Optional<Task> forUpdate(UUID incident, UUID id) {
        return jdbc.sql(SELECT + "WHERE incident_id = ? AND id = ? FOR UPDATE")
                .param(incident)
                .param(id)
                .query((rs, n) -> task(rs))
                .optional();
    }

    List<Task> of(UUID incident, @Nullable TaskStatus status) {
        return jdbc.sql(SELECT
                        + "WHERE incident_id = ? AND (CAST(? AS text) IS NULL OR status = ?) ORDER BY created_at, id")
                .param(incident)
                .param(status == null ? null : status.name())
                .param(status == null ? null : status.name())
                .query((rs, n) -> task(rs))
                .list();
    }

    void update(Task task) {
        jdbc.sql(
                        """
                        UPDATE tasks SET title = ?, description = ?, status = ?, owner_person_id = ?, owner_role = ?,
                                         due_at = ?, updated_at = ? WHERE id = ?
                        """)
                .param(task.title())
                .param(task.description())
                .param(task.status().name())
                .param(task.ownerPersonId())
                .param(task.ownerRole())
                .param(timestamp(task.dueAt()))
                .param(Timestamp.from(task.updatedAt()))
                .param(task.id())
                .update();
    }

    List<Task.Comment> comments(UUID task) {
        return jdbc.sql("SELECT id, author, body, created_at FROM task_comments WHERE task_id = ? ORDER BY id")
                .param(task)
                .query(Task.Comment.class)
                .list();
    }

    long comment(UUID task, String author, String body, Instant at) {
        return jdbc.sql(
                        "INSERT INTO task_comments (task_id, author, body, created_at) VALUES (?, ?, ?, ?) RETURNING id")
                .param(task)
                .param(author)
                .param(body)
                .param(Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Task task(ResultSet rs) throws SQLException {
        Timestamp due = rs.getTimestamp("due_at");
        return new Task(
                rs.getObject("id", UUID.class),
                rs.getObject("incident_id", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                TaskStatus.valueOf(rs.getString("status")),
                rs.getObject("owner_person_id", UUID.class),
                rs.getString("owner_role"),
                due == null ? null : due.toInstant(),
                rs.getBoolean("overdue"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getObject("help_person_id", UUID.class),
                rs.getString("help_person_state"),
                null);
    }
}
