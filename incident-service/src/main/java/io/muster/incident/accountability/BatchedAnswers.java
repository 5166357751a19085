package io.muster.incident.accountability;

import io.muster.incident.audit.AuditTrail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records a batch of people's own answers (a poll of the replies topic) with one statement per
 * table instead of six per answer: the same effects as {@link Answers#record} for each, in order.
 * Answers that name a site (AT_ALTERNATE_SITE) or are set on someone's behalf take that path one by
 * one after the rest, since they need their reporting site resolved.
 */
@Component
public class BatchedAnswers {

    /** An answer and whom it is about. */
    public record Answered(Answerer who, Answer answer) {}

    private record Row(Answered answered, boolean late) {
        Answerer who() {
            return answered.who();
        }

        Answer answer() {
            return answered.answer();
        }
    }

    private final JdbcClient jdbc;
    private final Answers answers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    BatchedAnswers(JdbcClient jdbc, Answers answers, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.answers = answers;
        this.audit = audit;
        this.events = events;
    }

    /** Returns how many answers were new (not recorded before by eventId). Call inside a JDBC transaction. */
    public int record(List<Answered> batch) {
        Map<UUID, Answered> plain = new LinkedHashMap<>();
        List<Answered> oneByOne = new ArrayList<>();
        for (Answered answered : batch) {
            if (answered.answer().state() == State.AT_ALTERNATE_SITE
                    || answered.answer().onBehalf()) {
                oneByOne.add(answered);
            } else {
                plain.putIfAbsent(answered.answer().eventId(), answered);
            }
        }
        int recorded = plain.isEmpty() ? 0 : recordPlain(new ArrayList<>(plain.values()));
        for (Answered answered : oneByOne) {
            recorded += answers.record(answered.who(), answered.answer()) ? 1 : 0;
        }
        return recorded;
    }

    private int recordPlain(List<Answered> batch) {
        List<Row> rows = withLateness(batch);
        Map<UUID, Long> ids = insert(rows);
        List<Row> fresh =
                rows.stream().filter(r -> ids.containsKey(r.answer().eventId())).toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        channelHistory(fresh);
        makeLatest(fresh, ids);
        audit.recordAll(fresh.stream()
                .map(r -> new AuditTrail.Entry(
                        r.who().incidentId(),
                        r.answer().actor(),
                        "ANSWER_RECORDED",
                        r.who().personId().toString(),
                        Answers.details(r.answer(), null, r.late())))
                .toList());
        for (Row row : fresh) {
            if (row.answer().state() == State.NEEDS_HELP) {
                Answer answer = row.answer();
                events.publishEvent(new PersonNeedsHelp(
                        row.who().incidentId(),
                        row.who().personId(),
                        answer.channel(),
                        answer.location(),
                        answer.comment(),
                        answer.answeredAt()));
            }
        }
        return fresh.size();
    }

    /** Late: the sender said so, or the incident had closed when the person answered. */
    private List<Row> withLateness(List<Answered> batch) {
        Map<UUID, Instant> closed = new HashMap<>();
        jdbc.sql("SELECT id, closed_at FROM incidents WHERE id = ANY(?::uuid[]) AND closed_at IS NOT NULL")
                .param(batch.stream().map(a -> a.who().incidentId()).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    closed.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                });
        return batch.stream()
                .map(a -> {
                    Instant closedAt = closed.get(a.who().incidentId());
                    boolean late = a.answer().late()
                            || closedAt != null && !closedAt.isAfter(a.answer().answeredAt());
                    return new Row(a, late);
                })
                .toList();
    }

    private Map<UUID, Long> insert(List<Row> rows) {
        Map<UUID, Long> ids = new HashMap<>();
        jdbc.sql(
                        """
                        INSERT INTO accountability_answers (incident_id, person_id, state, location, channel, source,
                            actor, comment, raw_answer, late, answered_at, event_id, notification_id)
                        SELECT t.i, t.p, t.s, t.l, t.c, t.src, t.a, t.cm, t.r, t.late, t.at, t.e, t.n
                        FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                    ?::text[], ?::boolean[], ?::timestamptz[], ?::uuid[], ?::uuid[])
                             WITH ORDINALITY AS t(i, p, s, l, c, src, a, cm, r, late, at, e, n, ord)
                        ORDER BY t.ord
                        ON CONFLICT (event_id) DO NOTHING RETURNING id, event_id
                        """)
                .param(rows.stream().map(r -> r.who().incidentId()).toArray(UUID[]::new))
                .param(rows.stream().map(r -> r.who().personId()).toArray(UUID[]::new))
                .param(rows.stream().map(r -> r.answer().state().name()).toArray(String[]::new))
                .param(rows.stream().map(r -> r.answer().location()).toArray(String[]::new))
                .param(rows.stream().map(r -> r.answer().channel()).toArray(String[]::new))
                .param(rows.stream().map(r -> r.answer().source().name()).toArray(String[]::new))
                .param(rows.stream().map(r -> r.answer().actor()).toArray(String[]::new))
                .param(rows.stream().map(r -> r.answer().comment()).toArray(String[]::new))
                .param(rows.stream().map(r -> r.answer().rawAnswer()).toArray(String[]::new))
                .param(rows.stream().map(Row::late).toArray(Boolean[]::new))
                .param(rows.stream()
                        .map(r -> r.answer().answeredAt().toString())
                        .toArray(String[]::new))
                .param(rows.stream().map(r -> r.answer().eventId()).toArray(UUID[]::new))
                .param(rows.stream().map(r -> r.who().notificationId()).toArray(UUID[]::new))
                .query(rs -> {
                    ids.put(rs.getObject(2, UUID.class), rs.getLong(1));
                });
        return ids;
    }

    private void channelHistory(List<Row> rows) {
        jdbc.sql(
                        """
                        INSERT INTO recipient_events (event_id, notification_id, kind, channel, detail, occurred_at)
                        SELECT t.e, t.n, 'ANSWERED', t.c, t.d, t.at
                        FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::timestamptz[]) AS t(e, n, c, d, at)
                        ON CONFLICT (event_id) DO NOTHING
                        """)
                .param(rows.stream().map(r -> r.answer().eventId()).toArray(UUID[]::new))
                .param(rows.stream().map(r -> r.who().notificationId()).toArray(UUID[]::new))
                .param(rows.stream().map(r -> r.answer().channel()).toArray(String[]::new))
                .param(rows.stream().map(r -> AnswerRows.detail(r.answer())).toArray(String[]::new))
                .param(rows.stream()
                        .map(r -> r.answer().answeredAt().toString())
                        .toArray(String[]::new))
                .update();
    }

    /**
     * The latest answer per person wins, as one by one: of a person's answers in this batch the
     * latest (the later one on a tie), and only if no later answer is recorded already.
     */
    private void makeLatest(List<Row> rows, Map<UUID, Long> ids) {
        Map<List<UUID>, Row> latest = new LinkedHashMap<>();
        for (Row row : rows) {
            latest.merge(
                    List.of(row.who().incidentId(), row.who().personId()),
                    row,
                    (was, now) ->
                            now.answer().answeredAt().isBefore(was.answer().answeredAt()) ? was : now);
        }
        List<Row> winners = List.copyOf(latest.values());
        jdbc.sql(
                        """
                        UPDATE recipients r SET state = t.s, answered_at = t.at, answer_channel = t.c, last_answer_id = t.id
                        FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::timestamptz[], ?::text[], ?::bigint[]) AS t(i, p, s, at, c, id)
                        WHERE r.incident_id = t.i AND r.person_id = t.p AND (r.answered_at IS NULL OR r.answered_at <= t.at)
                        """)
                .param(winners.stream().map(r -> r.who().incidentId()).toArray(UUID[]::new))
                .param(winners.stream().map(r -> r.who().personId()).toArray(UUID[]::new))
                .param(winners.stream().map(r -> r.answer().state().name()).toArray(String[]::new))
                .param(winners.stream()
                        .map(r -> r.answer().answeredAt().toString())
                        .toArray(String[]::new))
                .param(winners.stream().map(r -> r.answer().channel()).toArray(String[]::new))
                .param(winners.stream()
                        .map(r -> Objects.requireNonNull(ids.get(r.answer().eventId())))
                        .toArray(Long[]::new))
                .update();
    }
}
