package io.muster.incident.recipient;

import io.muster.incident.accountability.RecipientStates;
import io.muster.incident.storage.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts of incidents' recipients, and the breakdowns of one incident by call-tree level, site and
 * channel, aggregated by the database from the one definition of each recipient's state that HR's
 * board uses ({@link RecipientStates}), whatever the number of people. Read off the event loop
 * ({@link Jdbc#transactional}).
 */
@Component
public class RecipientStatistics {

    /** One row of a breakdown: what it groups ({@code key}, stable), a label for people, its counts. */
    public record Row(String key, String label, Counts counts) {}

    /** An incident's counts and its breakdowns, all from one reading. */
    public record Breakdowns(Counts counts, List<Row> byLevel, List<Row> bySite, List<Row> byChannel) {}

    private static final String BY_INCIDENT = RecipientStates.CTE + "SELECT x.incident_id, " + RecipientStates.COUNTS
            + " FROM states x GROUP BY x.incident_id";

    /** The overall counts and those by level and by site, in one statement (so they always add up). */
    private static final String BY_LEVEL_AND_SITE = RecipientStates.CTE
            + """
            , grouped AS (
                SELECT grouping(x.level) = 0 AS by_level, grouping(x.site_id) = 0 AS by_site, x.level, x.site_id,
            """
            + RecipientStates.COUNTS
            + """
                FROM states x GROUP BY GROUPING SETS ((), (x.level), (x.site_id))
            )
            SELECT g.*, s.name AS site_name FROM grouped g LEFT JOIN sites s ON s.id = g.site_id
            ORDER BY g.by_level DESC, g.level, s.name NULLS LAST
            """;

    /**
     * On a channel's row, sent, delivered and failed are about that channel; the states are those of
     * the people that channel tried (whichever channel they answered on).
     */
    private static final String BY_CHANNEL = RecipientStates.CTE
            + """
            , tried_on AS (
                SELECT e.person_id, e.channel, bool_or(e.kind IN ('SENT', 'DELIVERED')) AS sent,
                       bool_or(e.kind = 'DELIVERED') AS delivered,
                       (array_agg(e.kind ORDER BY e.occurred_at DESC, e.received_at DESC))[1] = 'FAILED' AS failed
                FROM events e WHERE e.channel IS NOT NULL GROUP BY e.person_id, e.channel
            ), x AS (
                SELECT t.channel, t.sent, t.delivered, t.failed, s.state
                FROM tried_on t JOIN states s ON s.person_id = t.person_id
            )
            SELECT x.channel,
            """
            + RecipientStates.COUNTS
            + " FROM x GROUP BY x.channel ORDER BY x.channel";

    private final Jdbc jdbc;

    RecipientStatistics(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Mono<Map<UUID, Counts>> countsOf(List<UUID> incidents) {
        return jdbc.transactional(() -> {
            Map<UUID, Counts> counts = new HashMap<>();
            jdbc.client()
                    .sql(BY_INCIDENT)
                    .param("incidents", incidents.toArray(UUID[]::new))
                    .query(rs -> {
                        counts.put(rs.getObject("incident_id", UUID.class), counts(rs));
                    });
            return counts;
        });
    }

    /** The breakdowns of one incident; its counts and the rows by level and by site come from one statement. */
    public Mono<Breakdowns> breakdownsOf(UUID incident) {
        UUID[] incidents = {incident};
        return jdbc.transactional(() -> breakdowns(
                jdbc.client()
                        .sql(BY_LEVEL_AND_SITE)
                        .param("incidents", incidents)
                        .query((rs, n) ->
                                new Grouped(rs.getBoolean("by_level"), rs.getBoolean("by_site"), levelOrSite(rs)))
                        .list(),
                jdbc.client()
                        .sql(BY_CHANNEL)
                        .param("incidents", incidents)
                        .query((rs, n) -> {
                            String channel = rs.getString("channel");
                            return new Row(channel, channel, counts(rs));
                        })
                        .list()));
    }

    /** A row of the grouping sets: the overall counts (neither flag), a level's or a site's. */
    private record Grouped(boolean byLevel, boolean bySite, Row row) {}

    private static Breakdowns breakdowns(List<Grouped> rows, List<Row> byChannel) {
        Counts overall = rows.stream()
                .filter(g -> !g.byLevel() && !g.bySite())
                .map(g -> g.row().counts())
                .findFirst()
                .orElse(Counts.NONE);
        return new Breakdowns(
                overall,
                rows.stream().filter(Grouped::byLevel).map(Grouped::row).toList(),
                rows.stream().filter(Grouped::bySite).map(Grouped::row).toList(),
                byChannel);
    }

    private static Row levelOrSite(ResultSet rs) throws SQLException {
        if (rs.getBoolean("by_level")) {
            int level = rs.getInt("level");
            return new Row(String.valueOf(level), level == 0 ? "Named / roll call" : "Level " + level, counts(rs));
        }
        UUID site = rs.getObject("site_id", UUID.class);
        String name = rs.getString("site_name");
        return new Row(site == null ? "none" : site.toString(), name == null ? "No site" : name, counts(rs));
    }

    private static Counts counts(ResultSet rs) throws SQLException {
        return new Counts(
                rs.getLong("targeted"),
                rs.getLong("sent"),
                rs.getLong("delivered"),
                rs.getLong("failed"),
                rs.getLong("answered"),
                rs.getLong("safe"),
                rs.getLong("need_help"),
                rs.getLong("at_alternate_site"),
                rs.getLong("no_answer"),
                rs.getLong("unreachable"));
    }
}
