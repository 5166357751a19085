package io.muster.incident.escalation;

import io.muster.incident.calltree.Level;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds the people an incident reaches: by id, by roll call of sites, or as a level's members. */
@Component
public class Contacts {

    static final String COLUMNS =
            """
            p.id, p.employee_id, p.display_name, p.locale, p.phone, p.email,
                   array_to_string(p.channels, ',') AS channels, p.time_zone,
                   p.quiet_from, p.quiet_until, p.deputy_id, p.site_id, s.name AS site_name,
                   a.name AS alternate_name, a.address AS alternate_address,
                   o.person_id IS NOT NULL AS sms_opted_out, p.joined_roles AS roles
            """;

    /** The person's site and its alternate, and whether their number opted out of SMS (STOP). */
    static final String SITES =
            """
             LEFT JOIN sites s ON s.id = p.site_id LEFT JOIN sites a ON a.id = s.alternate_site_id
             LEFT JOIN contact_points o ON o.person_id = p.id AND o.kind = 'PHONE' AND o.address = p.phone AND o.opted_out
            """;

    private static final String SELECT = "SELECT " + COLUMNS + " FROM people p" + SITES;

    // A directory has a handful of distinct channel orders and time zones; parse each once.
    private static final Map<String, List<String>> CHANNELS = new ConcurrentHashMap<>();
    // Roles come joined by the unit separator (a name may hold a comma) from people.joined_roles, the
    // copy of person_roles that a trigger keeps (V70): a plain column of the row read anyway, where a
    // subquery per person cost the fan-out a lookup each; a directory has few distinct sets, each split once.
    private static final Map<String, List<String>> ROLES = new ConcurrentHashMap<>();
    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    private final JdbcClient jdbc;

    Contacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Everyone named by id, employee id or role, once each, in one query that the indexes on ids,
     * employee ids and roles answer (an OR of the three would scan every person). Unordered:
     * sorting 100,000 people spills to disk, and requests to different people have no order.
     */
    public List<Contact> named(List<UUID> personIds, List<String> employeeIds, List<String> roles) {
        return jdbc.sql(
                        SELECT
                                + """
                        WHERE p.id IN (SELECT id FROM people WHERE id = ANY(?::uuid[])
                                       UNION SELECT id FROM people WHERE employee_id = ANY(?::text[])
                                       UNION SELECT person_id FROM person_roles WHERE role = ANY(?::text[]))
                        """)
                .param(personIds.toArray(UUID[]::new))
                .param(employeeIds.toArray(String[]::new))
                .param(roles.toArray(String[]::new))
                .query((rs, n) -> contact(rs))
                .list();
    }

    public List<Contact> byIds(Collection<UUID> ids) {
        return jdbc.sql(SELECT + "WHERE p.id = ANY(?::uuid[]) ORDER BY p.employee_id")
                .param(ids.toArray(UUID[]::new))
                .query((rs, n) -> contact(rs))
                .list();
    }

    public List<Contact> atSites(List<UUID> sites) {
        return jdbc.sql(SELECT + "WHERE p.site_id = ANY(?::uuid[]) ORDER BY p.employee_id")
                .param(sites.toArray(UUID[]::new))
                .query((rs, n) -> contact(rs))
                .list();
    }

    public List<Contact> membersOf(Level level, List<UUID> affectedSites) {
        return jdbc.sql(
                        SELECT
                                + """
                        WHERE EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id AND r.role = ANY(?::text[]))
                          AND (NOT ? OR p.site_id = ANY(?::uuid[])) AND (?::text IS NULL OR p.department = ?::text)
                        ORDER BY p.employee_id
                        """)
                .param(level.roles().toArray(String[]::new))
                .param(level.affectedSitesOnly())
                .param(affectedSites.toArray(UUID[]::new))
                .param(level.department())
                .param(level.department())
                .query((rs, n) -> contact(rs))
                .list();
    }

    static Contact contact(ResultSet rs) throws SQLException {
        return new Contact(
                rs.getObject("id", UUID.class),
                rs.getString("employee_id"),
                rs.getString("display_name"),
                rs.getString("locale"),
                rs.getString("phone"),
                rs.getString("email"),
                CHANNELS.computeIfAbsent(rs.getString("channels"), Contacts::channels),
                ZONES.computeIfAbsent(rs.getString("time_zone"), ZoneId::of),
                rs.getObject("quiet_from", LocalTime.class),
                rs.getObject("quiet_until", LocalTime.class),
                rs.getObject("deputy_id", UUID.class),
                rs.getObject("site_id", UUID.class),
                alternate(rs.getString("site_name"), rs.getString("alternate_name"), rs.getString("alternate_address")),
                rs.getBoolean("sms_opted_out"),
                roles(rs.getString("roles")));
    }

    private static List<String> roles(@Nullable String joined) {
        return joined == null ? List.of() : ROLES.computeIfAbsent(joined, j -> List.of(j.split("\u001f")));
    }

    private static List<String> channels(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static NotificationRequested.@Nullable AlternateSite alternate(
            String site, @Nullable String alternate, @Nullable String address) {
        return alternate == null ? null : new NotificationRequested.AlternateSite(site, alternate, address);
    }
}
