package io.muster.incident.callout;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.escalation.EscalatingIncidents;
import io.muster.incident.recipient.OtherQuestions;
import io.muster.kafka.UnprocessableRecord;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records the answers to call-outs. The call-out's row is locked ({@code FOR UPDATE}) while a yes is
 * counted, so two yes answers at once are counted one after the other and never make N+1. The yes
 * that takes the last place fills the call-out: asking stops and everyone asked who has not said yes
 * is told, once, that they are no longer needed. Each yes that took a place is told where and when to
 * report; a yes after the call-out filled is told it is no longer needed and is not counted.
 */
@Component
class CalloutAnswers implements OtherQuestions {

    private record Asked(UUID calloutId, UUID incidentId, UUID personId, String replyCode) {}

    private record Locked(int needed, @Nullable Instant filledAt, String place, Instant time, String message) {}

    private final JdbcClient jdbc;
    private final CalloutMessages messages;
    private final EscalatingIncidents incidents;
    private final AuditTrail audit;

    CalloutAnswers(JdbcClient jdbc, CalloutMessages messages, EscalatingIncidents incidents, AuditTrail audit) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.incidents = incidents;
        this.audit = audit;
    }

    @Override
    public Set<UUID> asked(Collection<UUID> notificationIds) {
        return new HashSet<>(jdbc.sql(
                        "SELECT notification_id FROM callout_notifications WHERE notification_id = ANY(?::uuid[]) AND kind = 'ASK'")
                .param(notificationIds.toArray(UUID[]::new))
                .query(UUID.class)
                .list());
    }

    @Override
    public void answered(UUID eventId, UUID notificationId, String answer, String channel, Instant at) {
        if (!answer.equals(CalloutTexts.COMING) && !answer.equals(CalloutTexts.NOT_COMING)) {
            throw new UnprocessableRecord("A call-out offers no answer " + answer);
        }
        Asked asked = asker(notificationId);
        Locked callout = lock(asked.calloutId());
        if (!firstTime(eventId, asked.calloutId())) {
            return; // a redelivered reply
        }
        if (answer.equals(CalloutTexts.NOT_COMING)) {
            record(asked, answer, false, channel, at);
            return;
        }
        if (counted(asked)) {
            return; // said yes before and has a place
        }
        var words = new CalloutMessages.Asked(
                asked.calloutId(),
                incidents.any(asked.incidentId()).orElseThrow(),
                callout.needed(),
                callout.message(),
                callout.place(),
                callout.time());
        if (callout.filledAt() != null) {
            record(asked, answer, false, channel, at);
            messages.release(words, List.of(asked.personId()), person -> asked.replyCode(), at);
            return;
        }
        record(asked, answer, true, channel, at);
        messages.report(words, asked.personId(), asked.replyCode(), at);
        if (comingCount(asked.calloutId()) >= callout.needed()) {
            fill(asked, words, at);
        }
    }

    /** N said yes: the call-out stops asking, and everyone asked who has not said yes is released. */
    private void fill(Asked asked, CalloutMessages.Asked words, Instant at) {
        jdbc.sql("UPDATE callouts SET filled_at = ? WHERE id = ?")
                .params(Timestamp.from(at), asked.calloutId())
                .update();
        Map<UUID, String> others = new java.util.HashMap<>();
        jdbc.sql("SELECT person_id, reply_code FROM callout_people WHERE callout_id = ? AND NOT counted")
                .param(asked.calloutId())
                .query(rs -> {
                    others.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        messages.release(words, others.keySet(), others::get, at);
        audit.record(
                asked.incidentId(),
                "system",
                "CALLOUT_FILLED",
                asked.calloutId().toString(),
                Map.of("needed", words.needed(), "released", others.size()));
    }

    private Asked asker(UUID notificationId) {
        return jdbc.sql(
                        """
                        SELECT n.callout_id, c.incident_id, n.person_id, p.reply_code FROM callout_notifications n
                        JOIN callouts c ON c.id = n.callout_id
                        JOIN callout_people p ON p.callout_id = n.callout_id AND p.person_id = n.person_id
                        WHERE n.notification_id = ?
                        """)
                .param(notificationId)
                .query((rs, n) -> new Asked(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4)))
                .single();
    }

    private Locked lock(UUID calloutId) {
        return jdbc.sql(
                        "SELECT needed, filled_at, report_place, report_at, message FROM callouts WHERE id = ? FOR UPDATE")
                .param(calloutId)
                .query((rs, n) -> new Locked(
                        rs.getInt(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .single();
    }

    private boolean firstTime(UUID eventId, UUID calloutId) {
        return jdbc.sql("INSERT INTO callout_replies (event_id, callout_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .params(eventId, calloutId)
                        .update()
                == 1;
    }

    private boolean counted(Asked asked) {
        return jdbc.sql("SELECT counted FROM callout_people WHERE callout_id = ? AND person_id = ?")
                .params(asked.calloutId(), asked.personId())
                .query(Boolean.class)
                .single();
    }

    private int comingCount(UUID calloutId) {
        return jdbc.sql("SELECT count(*) FROM callout_people WHERE callout_id = ? AND counted")
                .param(calloutId)
                .query(Integer.class)
                .single();
    }

    private void record(Asked asked, String answer, boolean counted, String channel, Instant at) {
        jdbc.sql(
                        """
                        UPDATE callout_people SET answer = ?, counted = ?, channel = ?, answered_at = ?
                        WHERE callout_id = ? AND person_id = ?
                        """)
                .params(answer, counted, channel, Timestamp.from(at), asked.calloutId(), asked.personId())
                .update();
    }
}
