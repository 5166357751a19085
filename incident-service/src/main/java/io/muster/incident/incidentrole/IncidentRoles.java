package io.muster.incident.incidentrole;

import io.muster.incident.storage.Jdbc;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Who holds an incident's roles now; other features ask it (e.g. "is the caller the spokesperson?"). */
@Component
public class IncidentRoles {

    private final IncidentRoleAssignments assignments;

    IncidentRoles(IncidentRoleAssignments assignments) {
        this.assignments = assignments;
    }

    /** The current holder of each role that has one (blocking: call inside a {@link Jdbc} transaction). */
    public Map<IncidentRole, String> current(UUID incidentId) {
        Map<IncidentRole, String> holders = new EnumMap<>(IncidentRole.class);
        assignments.history(incidentId).stream()
                .filter(assignment -> assignment.endedAt() == null)
                .forEach(assignment -> holders.put(assignment.role(), assignment.username()));
        return holders;
    }

    /** The current holder of one role (blocking: call inside a {@link Jdbc} transaction). */
    public Optional<String> holder(UUID incidentId, IncidentRole role) {
        return Optional.ofNullable(current(incidentId).get(role));
    }
}
