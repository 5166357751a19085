package io.muster.incident.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a notification list against the directory: every person id, employee id and role it
 * names must exist, and every role must have members. The people themselves are read by the
 * fan-out, once, in the declaring transaction.
 */
@Component
public class Directory {

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Throws {@link UnknownTargets} when a target matches nothing, else {@link EmptyRoles} when a
     * named role has no members; {@code found} are the people the targets reached.
     */
    public void requireAllKnown(Targets targets, Collection<?> foundIds, Collection<String> foundEmployeeIds) {
        Map<String, Boolean> roles = rolesWithMembers(targets.roles());
        var unknownIds = targets.personIds().stream()
                .filter(id -> !foundIds.contains(id))
                .distinct()
                .toList();
        var unknownEmployees = targets.employeeIds().stream()
                .filter(e -> !foundEmployeeIds.contains(e))
                .distinct()
                .toList();
        var unknownRoles = targets.roles().stream()
                .filter(r -> !roles.containsKey(r))
                .distinct()
                .toList();
        if (!unknownIds.isEmpty() || !unknownEmployees.isEmpty() || !unknownRoles.isEmpty()) {
            throw new UnknownTargets(unknownIds, unknownEmployees, unknownRoles);
        }
        List<String> empty =
                targets.roles().stream().filter(r -> !roles.get(r)).distinct().toList();
        if (!empty.isEmpty()) {
            throw new EmptyRoles(empty);
        }
    }

    private Map<String, Boolean> rolesWithMembers(List<String> names) {
        Map<String, Boolean> roles = new HashMap<>();
        if (names.isEmpty()) {
            return roles;
        }
        jdbc.sql(
                        """
                        SELECT r.name, EXISTS (SELECT 1 FROM person_roles m WHERE m.role = r.name) AS staffed
                        FROM roles r WHERE r.name = ANY(?::text[])
                        """)
                .param(names.toArray(String[]::new))
                .query(rs -> {
                    roles.put(rs.getString("name"), rs.getBoolean("staffed"));
                });
        return roles;
    }
}
