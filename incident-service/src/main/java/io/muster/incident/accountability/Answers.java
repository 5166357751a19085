package io.muster.incident.accountability;

import io.muster.incident.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
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
 * {@link PersonNeedsHelp} event. Idempotent by the answer's eventId.
 */
@Component
public class Answers {

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
        return jdbc.sql("SELECT notification_id, incident_id, person_id FROM notifications WHERE notification_id = ?")
                .param(notificationId)
                .query((rs, n) -> new Answerer(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
                .optional();
    }

    /** Returns false when the answer was recorded before (same eventId). Call inside a JDBC transaction. */
    public boolean record(Answerer who, Answer answer) {
        boolean late = answer.late() || closedBy(who.incidentId(), answer.answeredAt());
        UUID site = answer.state() == State.AT_ALTERNATE_SITE
                ? sites.reportingSite(who.personId(), answer.siteId(), answer.location())
                : null;
        Optional<Long> id = rows.insert(who, answer, site, late);
        if (id.isEmpty()) {
            return false;
        }
        rows.channelHistory(who, answer);
        rows.makeLatest(who, answer, id.get());
        audit.record(
                who.incidentId(),
                answer.actor(),
                answer.onBehalf() ? "STATE_SET_ON_BEHALF" : "ANSWER_RECORDED",
                who.personId().toString(),
                details(answer, site, late));
        if (answer.state() == State.NEEDS_HELP) {
            events.publishEvent(new PersonNeedsHelp(
                    who.incidentId(),
                    who.personId(),
                    answer.channel(),
                    answer.location(),
                    answer.comment(),
                    answer.answeredAt()));
        }
        return true;
    }

    private boolean closedBy(UUID incident, Instant at) {
        return jdbc.sql("SELECT count(*) FROM incidents WHERE id = ? AND closed_at IS NOT NULL AND closed_at <= ?")
                        .param(incident)
                        .param(Timestamp.from(at))
                        .query(Long.class)
                        .single()
                > 0;
    }

    static Map<String, Object> details(Answer answer, @Nullable UUID site, boolean late) {
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
