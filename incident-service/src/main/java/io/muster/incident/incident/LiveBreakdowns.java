package io.muster.incident.incident;

import io.muster.incident.recipient.Counts;
import io.r2dbc.spi.Readable;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * An incident's progress by call-tree level, by site and by channel, each aggregated by the
 * database (two set-based statements, whatever the number of people). The definitions are those of
 * the overall counts ({@code RecipientStatistics}); on a channel's row, sent, delivered and
 * unreachable are about that channel, and answered, safe, need help and no answer about the people
 * that channel tried (whichever channel they answered on).
 */
@Component
class LiveBreakdowns {

    /** One row of a breakdown: what it groups ({@code key}, stable), a label for people, its counts. */
    record Row(String key, String label, Counts counts) {}

    /** The three breakdowns the live view shows. */
    record Breakdowns(List<Row> byLevel, List<Row> bySite, List<Row> byChannel) {}

    private record Grouped(boolean byLevel, Row row) {}

    private static final String EVENTS =
            """
            WITH events AS (
                SELECT n.person_id, e.kind, e.channel, e.occurred_at, e.received_at FROM notifications n
                JOIN recipient_events e ON e.notification_id = n.notification_id
                WHERE n.incident_id = $1 AND n.purpose <> 'ALL_CLEAR'
            )""";

    private static final String COUNTS =
            """
                   count(*) AS targeted,
                   count(*) FILTER (WHERE x.sent) AS sent,
                   count(*) FILTER (WHERE x.delivered) AS delivered,
                   count(*) FILTER (WHERE x.failed) AS failed,
                   count(*) FILTER (WHERE x.state <> 'NO_RESPONSE') AS answered,
                   count(*) FILTER (WHERE x.state = 'SAFE') AS safe,
                   count(*) FILTER (WHERE x.state = 'NEEDS_HELP') AS need_help,
                   count(*) FILTER (WHERE x.state = 'NO_RESPONSE') AS no_answer
            """;

    private static final String LEVELS_AND_SITES = EVENTS
            + """
            , latest_per_channel AS (
                SELECT DISTINCT ON (person_id, channel) person_id, kind FROM events WHERE kind NOT IN ('ANSWERED', 'HELD')
                ORDER BY person_id, channel, occurred_at DESC, received_at DESC
            ), reach AS (
                SELECT person_id, bool_or(kind IN ('SENT', 'DELIVERED')) AS sent, bool_or(kind = 'DELIVERED') AS delivered
                FROM events GROUP BY person_id
            ), unreachable AS (
                SELECT person_id, bool_and(kind = 'FAILED') AS failed FROM latest_per_channel GROUP BY person_id
            ), x AS (
                SELECT r.person_id, r.level, r.state, p.site_id, coalesce(reach.sent, false) AS sent,
                       coalesce(reach.delivered, false) AS delivered, coalesce(u.failed, false) AS failed
                FROM recipients r
                LEFT JOIN people p ON p.id = r.person_id
                LEFT JOIN reach ON reach.person_id = r.person_id
                LEFT JOIN unreachable u ON u.person_id = r.person_id
                WHERE r.incident_id = $1
            ), grouped AS (
                SELECT grouping(x.level) = 0 AS by_level, x.level, x.site_id,
            """
            + COUNTS
            + """
                FROM x GROUP BY GROUPING SETS ((x.level), (x.site_id))
            )
            SELECT g.*, s.name AS site_name FROM grouped g LEFT JOIN sites s ON s.id = g.site_id
            ORDER BY g.by_level DESC, g.level, s.name NULLS LAST
            """;

    private static final String CHANNELS = EVENTS
            + """
            , x AS (
                SELECT e.person_id, e.channel, r.state,
                       bool_or(e.kind IN ('SENT', 'DELIVERED')) AS sent, bool_or(e.kind = 'DELIVERED') AS delivered,
                       (array_agg(e.kind ORDER BY e.occurred_at DESC, e.received_at DESC))[1] = 'FAILED' AS failed
                FROM events e JOIN recipients r ON r.incident_id = $1 AND r.person_id = e.person_id
                WHERE e.kind <> 'ANSWERED' AND e.channel IS NOT NULL
                GROUP BY e.person_id, e.channel, r.state
            )
            SELECT x.channel,
            """
            + COUNTS
            + " FROM x GROUP BY x.channel ORDER BY x.channel";

    private final DatabaseClient db;

    LiveBreakdowns(DatabaseClient db) {
        this.db = db;
    }

    Mono<Breakdowns> of(UUID incidentId) {
        Mono<List<Grouped>> levelsAndSites = db.sql(LEVELS_AND_SITES)
                .bind(0, incidentId)
                .map((row, meta) ->
                        new Grouped(Boolean.TRUE.equals(row.get("by_level", Boolean.class)), levelOrSite(row)))
                .all()
                .collectList();
        Mono<List<Row>> channels = db.sql(CHANNELS)
                .bind(0, incidentId)
                .map((row, meta) -> {
                    String channel = row.get("channel", String.class);
                    return new Row(channel, channel, counts(row));
                })
                .all()
                .collectList();
        return Mono.zip(levelsAndSites, channels)
                .map(both -> new Breakdowns(rows(both.getT1(), true), rows(both.getT1(), false), both.getT2()));
    }

    private static List<Row> rows(List<Grouped> grouped, boolean byLevel) {
        return grouped.stream()
                .filter(g -> g.byLevel() == byLevel)
                .map(Grouped::row)
                .toList();
    }

    private static Row levelOrSite(Readable row) {
        if (Boolean.TRUE.equals(row.get("by_level", Boolean.class))) {
            int level = row.get("level", Integer.class);
            return new Row(String.valueOf(level), level == 0 ? "Named / roll call" : "Level " + level, counts(row));
        }
        UUID site = row.get("site_id", UUID.class);
        String name = row.get("site_name", String.class);
        return new Row(site == null ? "none" : site.toString(), name == null ? "No site" : name, counts(row));
    }

    private static Counts counts(Readable row) {
        return new Counts(
                row.get("targeted", Long.class),
                row.get("sent", Long.class),
                row.get("delivered", Long.class),
                row.get("failed", Long.class),
                row.get("answered", Long.class),
                row.get("safe", Long.class),
                row.get("need_help", Long.class),
                row.get("no_answer", Long.class));
    }
}
