package io.muster.incident.accountability;

import io.muster.incident.audit.AuditTrail;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records answers in the caller's JDBC transaction: the history row, the channel history entry,
 * the person's state (the latest answer by time wins), the audit entry and, for NEEDS_HELP, the
 * {@link PersonNeedsHelp} event; an answer that turns a NEEDS_HELP state into another publishes
 * {@link PersonNoLongerNeedsHelp}. Idempotent by the answer's eventId. One answer or a poll of
 * thousands take the same path: one statement per table ({@link AnswerRows}).
 */
@Component
public class Answers {

    /** An answer and whom it is about. */
    public record Answered(Answerer who, Answer answer) {}

    private final JdbcClient jdbc;
    private final AnswerRows rows;
    private final ReportingSites sites;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Answers(
            JdbcClient jdbc,
            AnswerRows rows,
            ReportingSites sites,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.sites = sites;
        this.audit = audit;
        this.events = events;
    }

    /** Who the notifications went to, for those this service sent. */
    public Map<UUID, Answerer> answerersOf(Collection<UUID> notificationIds) {
        Map<UUID, Answerer> answerers = new HashMap<>();
        jdbc.sql(
                        "SELECT notification_id, incident_id, person_id FROM notifications WHERE notification_id = ANY(?::uuid[])")
                .param(notificationIds.toArray(UUID[]::new))
                .query(rs -> {
                    var who = new Answerer(
                            rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class));
                    answerers.put(who.notificationId(), who);
                });
        return answerers;
    }

    /** Who a notification went to, if this service sent it. */
    public Optional<Answerer> answererOf(UUID notificationId) {
        return Optional.ofNullable(answerersOf(List.of(notificationId)).get(notificationId));
    }

    /** Returns false when the answer was recorded before (same eventId). Call inside a JDBC transaction. */
    public boolean record(Answerer who, Answer answer) {
        return recordAll(List.of(new Answered(who, answer))) == 1;
    }

    /**
     * Records the answers, in order, as if one by one; returns how many were new (an eventId seen
     * before, or twice here, counts once). Call inside a JDBC transaction.
     */
    public int recordAll(List<Answered> answers) {
        Map<UUID, Answered> once = new LinkedHashMap<>();
        answers.forEach(a -> once.putIfAbsent(a.answer().eventId(), a));
        if (once.isEmpty()) {
            return 0;
        }
        List<AnswerRows.Row> all = stored(List.copyOf(once.values()));
        Map<UUID, Long> ids = rows.insert(all);
        List<AnswerRows.Row> fresh =
                all.stream().filter(r -> ids.containsKey(r.answer().eventId())).toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        rows.channelHistory(fresh);
        List<AnswerRows.Row> leftNeedsHelp = rows.makeLatest(fresh, ids);
        audit.recordAll(fresh.stream().map(Answers::auditEntry).toList());
        fresh.stream()
                .filter(r -> r.answer().state() == State.NEEDS_HELP)
                .forEach(r -> events.publishEvent(needsHelp(r.who(), r.answer())));
        leftNeedsHelp.forEach(r -> events.publishEvent(noLongerNeedsHelp(r.who(), r.answer())));
        return fresh.size();
    }

    /** Each answer with its reporting site and whether it is late (the incident had closed by then). */
    private List<AnswerRows.Row> stored(List<Answered> answers) {
        Map<UUID, Instant> closed = new HashMap<>();
        jdbc.sql("SELECT id, closed_at FROM incidents WHERE id = ANY(?::uuid[]) AND closed_at IS NOT NULL")
                .param(answers.stream()
                        .map(a -> a.who().incidentId())
                        .distinct()
                        .toArray(UUID[]::new))
                .query(rs -> {
                    closed.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                });
        return answers.stream()
                .map(a -> {
                    Instant closedAt = closed.get(a.who().incidentId());
                    boolean late = a.answer().late()
                            || closedAt != null && !closedAt.isAfter(a.answer().answeredAt());
                    return new AnswerRows.Row(a.who(), a.answer(), siteOf(a), late);
                })
                .toList();
    }

    private @Nullable UUID siteOf(Answered answered) {
        Answer answer = answered.answer();
        return answer.state() == State.AT_ALTERNATE_SITE
                ? sites.reportingSite(answered.who().personId(), answer.siteId(), answer.location())
                : null;
    }

    private static AuditTrail.Entry auditEntry(AnswerRows.Row row) {
        Answer answer = row.answer();
        return new AuditTrail.Entry(
                row.who().incidentId(),
                answer.actor(),
                answer.onBehalf() ? "STATE_SET_ON_BEHALF" : "ANSWER_RECORDED",
                row.who().personId().toString(),
                details(answer, row.site(), row.late()));
    }

    private static PersonNeedsHelp needsHelp(Answerer who, Answer answer) {
        return new PersonNeedsHelp(
                who.incidentId(),
                who.personId(),
                answer.channel(),
                answer.location(),
                answer.comment(),
                answer.answeredAt());
    }

    private static PersonNoLongerNeedsHelp noLongerNeedsHelp(Answerer who, Answer answer) {
        return new PersonNoLongerNeedsHelp(
                who.incidentId(), who.personId(), answer.state(), answer.channel(), answer.answeredAt());
    }

    private static Map<String, Object> details(Answer answer, @Nullable UUID site, boolean late) {
        Map<String, Object> details = new HashMap<>();
        details.put("state", answer.state().name());
        details.put("channel", answer.channel());
        details.put("source", answer.source().name());
        details.put("late", late);
        details.put("answeredAt", answer.answeredAt().toString());
        if (site != null) details.put("siteId", site.toString());
        if (answer.comment() != null) details.put("comment", answer.comment());
        return details;
    }
}
