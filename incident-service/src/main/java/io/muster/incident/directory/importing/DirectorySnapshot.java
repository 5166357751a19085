package io.muster.incident.directory.importing;

import io.muster.incident.directory.PersonEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What an import compares against, read with a few queries inside the import's transaction. */
record DirectorySnapshot(
        Map<String, UUID> sites, Set<String> roles, Map<String, Existing> people, Map<UUID, UUID> deputies) {

    /** A person already in the directory, with their roles sorted. */
    record Existing(PersonEntry entry, List<String> roles) {}

    static DirectorySnapshot read(JdbcClient jdbc, Collection<String> employeeIds) {
        Map<String, UUID> sites = new HashMap<>();
        jdbc.sql("SELECT name, id FROM sites").query(rs -> {
            sites.put(rs.getString(1), rs.getObject(2, UUID.class));
        });
        Set<String> roles = new HashSet<>(
                jdbc.sql("SELECT name FROM roles").query(String.class).list());
        Map<String, Existing> people = new HashMap<>();
        jdbc.sql(
                        """
                        SELECT p.*, coalesce(array_agg(r.role ORDER BY r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
                        FROM people p LEFT JOIN person_roles r ON r.person_id = p.id
                        WHERE p.employee_id = ANY(?::text[]) GROUP BY p.id
                        """)
                .param(employeeIds.toArray(String[]::new))
                .query(rs -> {
                    people.put(rs.getString("employee_id"), new Existing(entry(rs), strings(rs, "roles")));
                });
        Map<UUID, UUID> deputies = new HashMap<>();
        jdbc.sql("SELECT id, deputy_id FROM people WHERE deputy_id IS NOT NULL").query(rs -> {
            deputies.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
        });
        return new DirectorySnapshot(sites, roles, people, deputies);
    }

    private static PersonEntry entry(ResultSet rs) throws SQLException {
        return new PersonEntry(
                rs.getObject("id", UUID.class),
                rs.getString("employee_id"),
                rs.getString("display_name"),
                strings(rs, "phones"),
                rs.getString("email"),
                rs.getString("locale"),
                rs.getString("time_zone"),
                rs.getObject("site_id", UUID.class),
                rs.getString("department"),
                rs.getObject("manager_id", UUID.class),
                rs.getObject("deputy_id", UUID.class),
                strings(rs, "channels"),
                rs.getObject("quiet_from", LocalTime.class),
                rs.getObject("quiet_until", LocalTime.class));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return List.copyOf(Arrays.asList((String[]) rs.getArray(column).getArray()));
    }
}
