package io.muster.incident.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Everyone in the directory, with their site and roles (JDBC, called off the event loop). */
@Component
class People {

    private static final String SELECT =
            """
            SELECT p.*, s.name AS site,
                   coalesce(array_agg(r.role ORDER BY r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
            FROM people p
            LEFT JOIN sites s ON s.id = p.site_id
            LEFT JOIN person_roles r ON r.person_id = p.id
            """;

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page by employee id; {@code prefix} (optional) matches the start of the employee id or name. */
    List<PersonView> page(String prefix, int page, int size) {
        String like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(SELECT + " WHERE p.employee_id LIKE ? OR p.display_name ILIKE ?"
                        + " GROUP BY p.id, s.name ORDER BY p.employee_id LIMIT ? OFFSET ?")
                .param(like)
                .param(like)
                .param(size)
                .param((long) page * size)
                .query((rs, n) -> view(rs))
                .list();
    }

    Optional<PersonView> byId(UUID id) {
        return jdbc.sql(SELECT + " WHERE p.id = ? GROUP BY p.id, s.name")
                .param(id)
                .query((rs, n) -> view(rs))
                .optional();
    }

    private static PersonView view(ResultSet rs) throws SQLException {
        return new PersonView(
                rs.getObject("id", UUID.class),
                rs.getString("employee_id"),
                rs.getString("display_name"),
                rs.getObject("site_id", UUID.class),
                rs.getString("site"),
                strings(rs, "roles"),
                rs.getString("phone"),
                strings(rs, "phones"),
                rs.getString("email"),
                rs.getString("locale"),
                rs.getString("time_zone"),
                rs.getString("department"),
                rs.getObject("manager_id", UUID.class),
                rs.getObject("deputy_id", UUID.class),
                strings(rs, "channels"),
                rs.getObject("quiet_from", LocalTime.class),
                rs.getObject("quiet_until", LocalTime.class));
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        return List.copyOf(Arrays.asList((String[]) rs.getArray(column).getArray()));
    }
}
