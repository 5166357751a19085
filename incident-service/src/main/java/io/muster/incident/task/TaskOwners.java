package io.muster.incident.task;

import io.muster.incident.web.UnknownReferences;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Checks that a task's owner exists, and finds the people an owner stands for. */
@Component
class TaskOwners {

    private final JdbcClient jdbc;

    TaskOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void requireKnown(@Nullable UUID person, @Nullable String role) {
        if (person != null && count("SELECT count(*) FROM people WHERE id = ?", person) == 0) {
            throw new UnknownReferences("unknown-people", "Unknown people", "unknownPersonIds", List.of(person));
        }
        if (role != null && count("SELECT count(*) FROM roles WHERE name = ?", role) == 0) {
            throw new UnknownReferences("unknown-roles", "Unknown roles", "unknownRoles", List.of(role));
        }
    }

    /** The owning person, or every member of the owning role. */
    List<UUID> peopleOf(@Nullable UUID person, @Nullable String role) {
        if (person != null) {
            return List.of(person);
        }
        if (role == null) {
            return List.of();
        }
        return jdbc.sql("SELECT person_id FROM person_roles WHERE role = ? ORDER BY person_id")
                .param(role)
                .query(UUID.class)
                .list();
    }

    private long count(String sql, Object value) {
        return jdbc.sql(sql).param(value).query(Long.class).single();
    }
}
