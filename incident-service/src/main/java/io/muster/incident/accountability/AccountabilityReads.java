package io.muster.incident.accountability;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reads behind HR's views; call inside a JDBC transaction (read-only work, off the event loop). */
@Component
class AccountabilityReads {

    private record Group(
            @Nullable UUID siteId,
            @Nullable String site,
            State state,
            @Nullable UUID reportingId,
            @Nullable String reporting,
            long count) {}

    private final JdbcClient jdbc;

    AccountabilityReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Summary summary(UUID incident) {
        List<Group> groups = jdbc.sql(
                        PeopleStates.CTE
                                + """
                        SELECT site_id, site, state, reporting_site_id AS reporting_id, reporting_site AS reporting,
                               count(*) AS count
                        FROM people_states
                        GROUP BY site_id, site, state, reporting_site_id, reporting_site ORDER BY site NULLS LAST
                        """)
                .param("incident", incident)
                .query(Group.class)
                .list();
        Map<State, Long> byState = zeroes();
        Map<List<Object>, Summary.SiteCounts> bySite = new LinkedHashMap<>();
        Map<List<Object>, Summary.Reporting> reporting = new LinkedHashMap<>();
        for (Group g : groups) {
            byState.merge(g.state(), g.count(), Long::sum);
            bySite.merge(
                    key(g.siteId()),
                    new Summary.SiteCounts(g.siteId(), g.site(), g.count(), single(g.state(), g.count())),
                    AccountabilityReads::plus);
            if (g.state() == State.AT_ALTERNATE_SITE) {
                reporting.merge(
                        key(g.reportingId()),
                        new Summary.Reporting(g.reportingId(), g.reporting(), g.count()),
                        (a, b) -> new Summary.Reporting(a.siteId(), a.site(), a.count() + b.count()));
            }
        }
        long total = byState.values().stream().mapToLong(Long::longValue).sum();
        return new Summary(
                incident, total, byState, new ArrayList<>(bySite.values()), new ArrayList<>(reporting.values()));
    }

    private static Summary.SiteCounts plus(Summary.SiteCounts a, Summary.SiteCounts b) {
        Map<State, Long> counts = new EnumMap<>(a.byState());
        b.byState().forEach((state, n) -> counts.merge(state, n, Long::sum));
        return new Summary.SiteCounts(a.siteId(), a.site(), a.total() + b.total(), counts);
    }

    private static Map<State, Long> single(State state, long count) {
        Map<State, Long> counts = zeroes();
        counts.put(state, count);
        return counts;
    }

    PeoplePage page(UUID incident, PeopleFilter filter, int page, int size) {
        long[] matching = {0};
        String sql = PeopleStates.CTE + "SELECT x.*, count(*) OVER () AS matching " + PeopleStates.FILTERED
                + " ORDER BY x.employee_id LIMIT " + size + " OFFSET " + ((long) page * size);
        List<PersonRow> rows = filtered(sql, incident, filter)
                .query((rs, n) -> {
                    matching[0] = rs.getLong("matching");
                    return PeopleStates.row(rs);
                })
                .list();
        // The window counts before LIMIT; only a page past the end needs a count of its own.
        return new PeoplePage(rows.isEmpty() ? count(incident, filter) : matching[0], page, size, rows);
    }

    List<PersonRow> all(UUID incident, PeopleFilter filter) {
        return people(incident, filter, "");
    }

    /** The person's row, or 404 {@code recipient-not-found}. */
    PersonRow one(UUID incident, UUID person) {
        return jdbc.sql(PeopleStates.CTE + "SELECT x.* FROM people_states x WHERE x.person_id = :person")
                .param("incident", incident)
                .param("person", person)
                .query((rs, n) -> PeopleStates.row(rs))
                .optional()
                .orElseThrow(() -> new RecipientNotFound(incident, person));
    }

    List<HistoryEntry> history(UUID incident, UUID person) {
        return jdbc.sql(
                        """
                        SELECT a.state, a.site_id, s.name AS site, a.location, a.channel, a.source, a.actor AS "by",
                               a.comment, a.raw_answer, a.late, a.answered_at, a.recorded_at
                        FROM accountability_answers a LEFT JOIN sites s ON s.id = a.site_id
                        WHERE a.incident_id = ? AND a.person_id = ? ORDER BY a.answered_at, a.id
                        """)
                .param(incident)
                .param(person)
                .query(HistoryEntry.class)
                .list();
    }

    private List<PersonRow> people(UUID incident, PeopleFilter filter, String limit) {
        return filtered(
                        PeopleStates.CTE + "SELECT x.* " + PeopleStates.FILTERED + " ORDER BY x.employee_id" + limit,
                        incident,
                        filter)
                .query((rs, n) -> PeopleStates.row(rs))
                .list();
    }

    private long count(UUID incident, PeopleFilter filter) {
        return filtered(PeopleStates.CTE + "SELECT count(*) " + PeopleStates.FILTERED, incident, filter)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec filtered(String sql, UUID incident, PeopleFilter filter) {
        return jdbc.sql(sql)
                .param("incident", incident)
                .param("state", filter.state() == null ? null : filter.state().name())
                .param("site", filter.siteId())
                .param("q", PeopleStates.likeLiteral(filter.q()));
    }

    private static List<Object> key(@Nullable UUID id) {
        return id == null ? List.of() : List.of(id);
    }

    private static Map<State, Long> zeroes() {
        Map<State, Long> counts = new EnumMap<>(State.class);
        for (State state : State.values()) {
            counts.put(state, 0L);
        }
        return counts;
    }
}
