package io.muster.incident.me;

import io.muster.incident.accountability.Answer;
import io.muster.incident.accountability.Answerer;
import io.muster.incident.accountability.Answers;
import io.muster.incident.accountability.Source;
import io.muster.incident.api.InvalidFields;
import io.muster.incident.escalation.NotificationRequested;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's own requests, and their answers to them (JDBC, in the caller's transaction). */
@Component
class MyRequests {

    private final JdbcClient jdbc;
    private final Answers answers;
    private final Clock clock;

    MyRequests(JdbcClient jdbc, Answers answers, Clock clock) {
        this.jdbc = jdbc;
        this.answers = answers;
        this.clock = clock;
    }

    /** The person's requests in incidents that are not closed, newest incident first. */
    List<MyRequest> openFor(UUID person) {
        return jdbc.sql(
                        """
                        SELECT r.notification_id, r.incident_id, i.title, i.message, i.exercise, i.declared_at,
                               r.reply_code, r.state, r.answered_at, alt.name AS alternate_site
                        FROM recipients r JOIN incidents i ON i.id = r.incident_id JOIN people p ON p.id = r.person_id
                        LEFT JOIN sites s ON s.id = p.site_id LEFT JOIN sites alt ON alt.id = s.alternate_site_id
                        WHERE r.person_id = ? AND i.closed_at IS NULL ORDER BY i.declared_at DESC, i.id
                        """)
                .param(person)
                .query((rs, n) -> {
                    Timestamp answered = rs.getTimestamp("answered_at");
                    return new MyRequest(
                            rs.getObject("notification_id", UUID.class),
                            rs.getObject("incident_id", UUID.class),
                            rs.getString("title"),
                            rs.getString("message"),
                            rs.getBoolean("exercise"),
                            rs.getTimestamp("declared_at").toInstant(),
                            rs.getString("reply_code"),
                            NotificationRequested.rollCall(rs.getString("alternate_site") != null),
                            rs.getString("state"),
                            answered == null ? null : answered.toInstant(),
                            rs.getString("alternate_site"));
                })
                .list();
    }

    /** Records the answer on channel WEB; a request of anyone else is not found. */
    Answerer answer(UUID person, UUID notification, MyAnswer answer, String login) {
        if (!answer.answer().isAnswer()) {
            throw new InvalidFields(
                    List.of(new InvalidFields.FieldError("answer", "must be SAFE, NEEDS_HELP or AT_ALTERNATE_SITE")));
        }
        Answerer who = answers.answererOf(notification)
                .filter(found -> found.personId().equals(person))
                .orElseThrow(() -> new RequestNotFound(notification));
        answers.record(
                who,
                new Answer(
                        UUID.randomUUID(),
                        notification,
                        answer.answer(),
                        null,
                        blankToNull(answer.location()),
                        "WEB",
                        Source.PERSON,
                        login,
                        false,
                        blankToNull(answer.comment()),
                        null,
                        false,
                        clock.instant()));
        return who;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
