package io.muster.incident.accountability;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind {@link Answers}: history rows, channel history entries, latest-answer pointers;
 * one statement per table for any number of answers.
 */
@Component
class AnswerRows {

    /** An answer as stored: with its reporting site (AT_ALTERNATE_SITE) and whether it came late. */
    record Row(Answerer who, Answer answer, @Nullable UUID site, boolean late) {}

    private final JdbcClient jdbc;

    AnswerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the rows; returns the new history ids by eventId (an eventId seen before is skipped). */
    Map<UUID, Long> insert(List<Row> rows) {
        Map<UUID, Long> ids = new HashMap<>();
        jdbc.sql(
                        """
                        INSERT INTO accountability_answers (incident_id, person_id, state, site_id, location, channel, source,
                            actor, comment, raw_answer, late, answered_at, event_id, notification_id)
                        SELECT t.i, t.p, t.s, t.site, t.l, t.c, t.src, t.a, t.cm, t.r, t.late, t.at, t.e, t.n
                        FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[],
                                    ?::text[], ?::text[], ?::boolean[], ?::timestamptz[], ?::uuid[], ?::uuid[])
                             WITH ORDINALITY AS t(i, p, s, site, l, c, src, a, cm, r, late, at, e, n, ord)
                        ORDER BY t.ord
                        ON CONFLICT (event_id) DO NOTHING RETURNING id, event_id
                        """)
                .param(column(rows, r -> r.who().incidentId(), UUID[]::new))
                .param(column(rows, r -> r.who().personId(), UUID[]::new))
                .param(column(rows, r -> r.answer().state().name(), String[]::new))
                .param(column(rows, Row::site, UUID[]::new))
                .param(column(rows, r -> r.answer().location(), String[]::new))
                .param(column(rows, r -> r.answer().channel(), String[]::new))
                .param(column(rows, r -> r.answer().source().name(), String[]::new))
                .param(column(rows, r -> r.answer().actor(), String[]::new))
                .param(column(rows, r -> r.answer().comment(), String[]::new))
                .param(column(rows, r -> r.answer().rawAnswer(), String[]::new))
                .param(column(rows, Row::late, Boolean[]::new))
                .param(column(rows, r -> r.answer().answeredAt().toString(), String[]::new))
                .param(column(rows, r -> r.answer().eventId(), UUID[]::new))
                .param(column(rows, r -> r.who().notificationId(), UUID[]::new))
                .query(rs -> {
                    ids.put(rs.getObject(2, UUID.class), rs.getLong(1));
                });
        return ids;
    }

    /** The answers also show in the recipients' channel history (GET /api/incidents/{id}). */
    void channelHistory(List<Row> rows) {
        jdbc.sql(
                        """
                        INSERT INTO recipient_events (event_id, notification_id, kind, channel, detail, occurred_at)
                        SELECT t.e, t.n, 'ANSWERED', t.c, t.d, t.at
                        FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::timestamptz[]) AS t(e, n, c, d, at)
                        ON CONFLICT (event_id) DO NOTHING
                        """)
                .param(column(rows, r -> r.answer().eventId(), UUID[]::new))
                .param(column(rows, r -> r.who().notificationId(), UUID[]::new))
                .param(column(rows, r -> r.answer().channel(), String[]::new))
                .param(column(rows, r -> detail(r.answer()), String[]::new))
                .param(column(rows, r -> r.answer().answeredAt().toString(), String[]::new))
                .update();
    }

    /**
     * The latest answer per person wins, as if recorded one by one: of a person's answers here
     * the latest (the later one on a tie), and only if no later answer is recorded already.
     */
    /**
     * Makes each person's newest answer their state (unless a newer one is stored); returns those
     * that became it where the state before was NEEDS_HELP and is no longer (a change of heart the
     * people helping them must hear of). The self-join reads each row as it was before the update.
     */
    List<Row> makeLatest(List<Row> rows, Map<UUID, Long> ids) {
        Map<List<UUID>, Row> latest = new LinkedHashMap<>();
        for (Row row : rows) {
            latest.merge(
                    List.of(row.who().incidentId(), row.who().personId()),
                    row,
                    (was, now) ->
                            now.answer().answeredAt().isBefore(was.answer().answeredAt()) ? was : now);
        }
        List<Row> winners = List.copyOf(latest.values());
        Set<Long> leftNeedsHelp = new HashSet<>(jdbc.sql(
                        """
                        UPDATE recipients r SET state = t.s, answered_at = t.at, answer_channel = t.c, last_answer_id = t.id
                        FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::timestamptz[], ?::text[], ?::bigint[]) AS t(i, p, s, at, c, id),
                             recipients before
                        WHERE r.incident_id = t.i AND r.person_id = t.p AND (r.answered_at IS NULL OR r.answered_at <= t.at)
                          AND before.incident_id = r.incident_id AND before.person_id = r.person_id
                        RETURNING CASE WHEN before.state = 'NEEDS_HELP' AND t.s <> 'NEEDS_HELP' THEN t.id END
                        """)
                .param(column(winners, r -> r.who().incidentId(), UUID[]::new))
                .param(column(winners, r -> r.who().personId(), UUID[]::new))
                .param(column(winners, r -> r.answer().state().name(), String[]::new))
                .param(column(winners, r -> r.answer().answeredAt().toString(), String[]::new))
                .param(column(winners, r -> r.answer().channel(), String[]::new))
                .param(column(
                        winners, r -> Objects.requireNonNull(ids.get(r.answer().eventId())), Long[]::new))
                .query(Long.class)
                .list());
        return winners.stream()
                .filter(r -> leftNeedsHelp.contains(ids.get(r.answer().eventId())))
                .toList();
    }

    private static <T> T[] column(List<Row> rows, Function<Row, T> field, IntFunction<T[]> array) {
        return rows.stream().map(field).toArray(array);
    }

    private static String detail(Answer answer) {
        String by = answer.onBehalf() ? "set by " + answer.actor() : null;
        return Stream.of(
                        answer.state().name(),
                        answer.rawAnswer() == null ? null : "(" + answer.rawAnswer() + ")",
                        by,
                        answer.location(),
                        answer.comment())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }
}
