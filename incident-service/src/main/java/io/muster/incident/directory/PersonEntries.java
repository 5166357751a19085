package io.muster.incident.directory;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes directory entries with one unnest statement however many there are (the API writes one,
 * the CSV import thousands). Lists travel as comma-joined text, split again in SQL.
 */
@Component
public class PersonEntries {

    private static final String UPSERT =
            """
            INSERT INTO people (id, employee_id, display_name, phone, phones, email, locale, time_zone, site_id,
                                department, manager_id, deputy_id, channels, quiet_from, quiet_until)
            SELECT t.id, t.e, t.n, (string_to_array(t.ph, ','))[1], string_to_array(t.ph, ','), t.em, t.lo, t.tz,
                   t.s, t.d, t.m, t.dep, string_to_array(t.ch, ','), t.qf::time, t.qu::time
            FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[],
                        ?::text[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[])
                 AS t(id, e, n, ph, em, lo, tz, s, d, m, dep, ch, qf, qu)
            ON CONFLICT (id) DO UPDATE SET employee_id = excluded.employee_id, display_name = excluded.display_name,
                phone = excluded.phone, phones = excluded.phones, email = excluded.email, locale = excluded.locale,
                time_zone = excluded.time_zone, site_id = excluded.site_id, department = excluded.department,
                manager_id = excluded.manager_id, deputy_id = excluded.deputy_id, channels = excluded.channels,
                quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until
            """;

    private final JdbcClient jdbc;

    PersonEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts new entries and replaces existing ones (by id); a taken employee id fails the statement. */
    public void save(List<PersonEntry> rows) {
        if (rows.isEmpty()) return;
        jdbc.sql(UPSERT)
                .param(column(rows, PersonEntry::id, UUID[]::new))
                .param(text(rows, PersonEntry::employeeId))
                .param(text(rows, PersonEntry::name))
                .param(text(rows, p -> String.join(",", p.phones())))
                .param(text(rows, PersonEntry::email))
                .param(text(rows, PersonEntry::locale))
                .param(text(rows, PersonEntry::timeZone))
                .param(column(rows, PersonEntry::siteId, UUID[]::new))
                .param(text(rows, PersonEntry::department))
                .param(column(rows, PersonEntry::managerId, UUID[]::new))
                .param(column(rows, PersonEntry::deputyId, UUID[]::new))
                .param(text(rows, p -> String.join(",", p.channels())))
                .param(text(
                        rows, p -> p.quietFrom() == null ? null : p.quietFrom().toString()))
                .param(text(
                        rows,
                        p -> p.quietUntil() == null ? null : p.quietUntil().toString()))
                .update();
    }

    /**
     * Replaces the roles of the given people with the given (person, role) pairs. Only the pairs that change are
     * deleted or inserted: each change rewrites the person's row once more (the fan-out's copy of their roles,
     * people.joined_roles, kept by a trigger), and a re-import mostly changes nobody's roles.
     */
    public void replaceRoles(Collection<UUID> people, List<UUID> personOfPair, List<String> roleOfPair) {
        if (people.isEmpty()) return;
        UUID[] persons = personOfPair.toArray(UUID[]::new);
        String[] roles = roleOfPair.toArray(String[]::new);
        jdbc.sql(
                        """
                        DELETE FROM person_roles pr WHERE pr.person_id = ANY(?::uuid[]) AND NOT EXISTS
                            (SELECT 1 FROM unnest(?::uuid[], ?::text[]) AS t(person_id, role)
                             WHERE t.person_id = pr.person_id AND t.role = pr.role)
                        """)
                .param(people.toArray(UUID[]::new))
                .param(persons)
                .param(roles)
                .update();
        jdbc.sql("INSERT INTO person_roles (person_id, role) SELECT DISTINCT * FROM unnest(?::uuid[], ?::text[])"
                        + " ON CONFLICT DO NOTHING")
                .param(persons)
                .param(roles)
                .update();
    }

    private static String[] text(List<PersonEntry> rows, Function<PersonEntry, String> field) {
        return column(rows, field, String[]::new);
    }

    private static <T> T[] column(
            List<PersonEntry> rows, Function<PersonEntry, T> field, java.util.function.IntFunction<T[]> array) {
        return rows.stream().map(field).toArray(array);
    }
}
