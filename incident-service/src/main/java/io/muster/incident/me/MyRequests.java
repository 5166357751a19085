package io.muster.incident.me;

import io.muster.incident.accountability.Answer;
import io.muster.incident.accountability.Answerer;
import io.muster.incident.accountability.Answers;
import io.muster.incident.accountability.Source;
import io.muster.incident.escalation.NotificationRequested;
import io.muster.incident.facts.IncidentsProperties;
import io.muster.incident.web.InvalidFields;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's own requests, and their answers to them (JDBC, in the caller's transaction). */
@Component
class MyRequests {

    private final JdbcClient jdbc;
    private final Answers answers;
    private final Clock clock;
    private final Duration recent;

    MyRequests(JdbcClient jdbc, Answers answers, Clock clock, IncidentsProperties properties) {
        this.jdbc = jdbc;
        this.answers = answers;
        this.clock = clock;
        this.recent = properties.codeReuseAfter();
    }

    /**
     * The person's incidents that are open, then those closed less than {@code code-reuse-after} ago
     * (their code is still theirs and a late answer still counts), newest first in each.
     */
    List<MyRequest> of(UUID person) {
        return jdbc.sql(
                        """
                        SELECT r.notification_id, r.incident_id, i.title, i.message, i.exercise, i.declared_at, r.notified_at,
                               i.closed_at, r.reply_code, r.state, r.answered_at, r.answer_channel, coalesce(a.late, false) AS late,
                               s.name AS site, alt.name AS alternate_name, alt.address AS alternate_address,
                               p.site_id = ANY(i.affected_site_ids) AS site_affected, rs.name AS reporting_site
                        FROM recipients r JOIN incidents i ON i.id = r.incident_id JOIN people p ON p.id = r.person_id
                        LEFT JOIN sites s ON s.id = p.site_id LEFT JOIN sites alt ON alt.id = s.alternate_site_id
                        LEFT JOIN accountability_answers a ON a.id = r.last_answer_id LEFT JOIN sites rs ON rs.id = a.site_id
                        WHERE r.person_id = ? AND (i.closed_at IS NULL OR i.closed_at > ?)
                        ORDER BY i.closed_at IS NULL DESC, i.declared_at DESC, i.id
                        """)
                .param(person)
                .param(Timestamp.from(clock.instant().minus(recent)))
                .query((rs, n) -> row(rs))
                .list();
    }

    private static MyRequest row(ResultSet rs) throws SQLException {
        Instant closedAt = instant(rs, "closed_at");
        String alternate = rs.getString("alternate_name");
        return new MyRequest(
                rs.getObject("notification_id", UUID.class),
                rs.getObject("incident_id", UUID.class),
                rs.getString("title"),
                rs.getString("message"),
                rs.getBoolean("exercise"),
                rs.getTimestamp("declared_at").toInstant(),
                instant(rs, "notified_at"),
                closedAt == null ? "OPEN" : "CLOSED",
                closedAt,
                rs.getString("reply_code"),
                closedAt == null ? NotificationRequested.rollCall(alternate != null) : List.of(),
                rs.getString("state"),
                instant(rs, "answered_at"),
                rs.getString("answer_channel"),
                rs.getBoolean("late"),
                alternate == null
                        ? null
                        : new NotificationRequested.AlternateSite(
                                rs.getString("site"), alternate, rs.getString("alternate_address")),
                rs.getBoolean("site_affected"),
                rs.getString("reporting_site"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
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

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
