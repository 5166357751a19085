package io.muster.incident.accountability;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL behind {@link Answers}: history row, channel history entry, latest-answer pointer. */
@Component
class AnswerRows {

    private final JdbcClient jdbc;

    AnswerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> insert(Answerer who, Answer answer, @Nullable UUID site, boolean late) {
        return jdbc.sql(
                        """
                        INSERT INTO accountability_answers (incident_id, person_id, state, site_id, location, channel, source,
                            actor, comment, raw_answer, late, answered_at, event_id, notification_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING RETURNING id
                        """)
                .param(who.incidentId())
                .param(who.personId())
                .param(answer.state().name())
                .param(site)
                .param(answer.location())
                .param(answer.channel())
                .param(answer.source().name())
                .param(answer.actor())
                .param(answer.comment())
                .param(answer.rawAnswer())
                .param(late)
                .param(Timestamp.from(answer.answeredAt()))
                .param(answer.eventId())
                .param(who.notificationId())
                .query(Long.class)
                .optional();
    }

    /** The answer also shows in the recipient's channel history (GET /api/incidents/{id}). */
    void channelHistory(Answerer who, Answer answer) {
        jdbc.sql(
                        """
                        INSERT INTO recipient_events (event_id, notification_id, kind, channel, detail, occurred_at)
                        VALUES (?, ?, 'ANSWERED', ?, ?, ?) ON CONFLICT (event_id) DO NOTHING
                        """)
                .param(answer.eventId())
                .param(who.notificationId())
                .param(answer.channel())
                .param(detail(answer))
                .param(Timestamp.from(answer.answeredAt()))
                .update();
    }

    void makeLatest(Answerer who, Answer answer, long answerId) {
        jdbc.sql(
                        """
                        UPDATE recipients SET state = ?, answered_at = ?, answer_channel = ?, last_answer_id = ?
                        WHERE incident_id = ? AND person_id = ? AND (answered_at IS NULL OR answered_at <= ?)
                        """)
                .param(answer.state().name())
                .param(Timestamp.from(answer.answeredAt()))
                .param(answer.channel())
                .param(answerId)
                .param(who.incidentId())
                .param(who.personId())
                .param(Timestamp.from(answer.answeredAt()))
                .update();
    }

    static String detail(Answer answer) {
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
