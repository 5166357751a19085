package io.muster.incident.incidentrole;

import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.storage.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The assignment rows of incident roles (blocking JDBC: call inside a {@link Jdbc} transaction).
 * An incident whose COMMANDER was never assigned is commanded by its declarer since declaration;
 * that implicit assignment is read here, so declaring an incident needs no extra row.
 */
@Component
class IncidentRoleAssignments {

    /** What an incident's roles start from. */
    record Declaration(String declaredBy, Instant declaredAt, boolean exercise) {}

    private final Jdbc jdbc;

    IncidentRoleAssignments(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Declaration declaration(UUID incidentId) {
        return jdbc.client()
                .sql("SELECT declared_by, declared_at, exercise FROM incidents WHERE id = ?")
                .param(incidentId)
                .query(Declaration.class)
                .optional()
                .orElseThrow(() -> new IncidentNotFound(incidentId));
    }

    /** Every assignment, oldest first, with the declarer's implicit command while no COMMANDER row exists. */
    List<RoleAssignment> history(UUID incidentId) {
        Declaration declaration = declaration(incidentId);
        List<RoleAssignment> rows = jdbc.client()
                .sql("SELECT role, username, assigned_by, assigned_at, ended_at, ended_by"
                        + " FROM incident_role_assignments WHERE incident_id = ? ORDER BY id")
                .param(incidentId)
                .query((rs, n) -> row(rs))
                .list();
        if (rows.stream().noneMatch(r -> r.role() == IncidentRole.COMMANDER)) {
            List<RoleAssignment> withDeclarer = new ArrayList<>();
            withDeclarer.add(implicitCommand(declaration));
            withDeclarer.addAll(rows);
            return withDeclarer;
        }
        return rows;
    }

    static RoleAssignment implicitCommand(Declaration declaration) {
        return new RoleAssignment(
                IncidentRole.COMMANDER,
                declaration.declaredBy(),
                declaration.declaredBy(),
                declaration.declaredAt(),
                null,
                null);
    }

    void end(UUID incidentId, IncidentRole role, String endedBy, Instant at) {
        jdbc.client()
                .sql("UPDATE incident_role_assignments SET ended_at = ?, ended_by = ?"
                        + " WHERE incident_id = ? AND role = ? AND ended_at IS NULL")
                .params(Timestamp.from(at), endedBy, incidentId, role.name())
                .update();
    }

    void insert(UUID incidentId, RoleAssignment assignment) {
        jdbc.client()
                .sql("INSERT INTO incident_role_assignments"
                        + " (incident_id, role, username, assigned_by, assigned_at, ended_at, ended_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        incidentId,
                        assignment.role().name(),
                        assignment.username(),
                        assignment.assignedBy(),
                        Timestamp.from(assignment.assignedAt()),
                        assignment.endedAt() == null ? null : Timestamp.from(assignment.endedAt()),
                        assignment.endedBy())
                .update();
    }

    /** Serialises role changes of one incident (the partial unique index would reject the loser anyway). */
    void lock(UUID incidentId) {
        jdbc.client()
                .sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 7))")
                .param("roles:" + incidentId)
                .query()
                .singleRow();
    }

    private static RoleAssignment row(ResultSet rs) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new RoleAssignment(
                IncidentRole.valueOf(rs.getString("role")),
                rs.getString("username"),
                rs.getString("assigned_by"),
                rs.getTimestamp("assigned_at").toInstant(),
                ended == null ? null : ended.toInstant(),
                rs.getString("ended_by"));
    }
}
