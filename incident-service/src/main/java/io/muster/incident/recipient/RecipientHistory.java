package io.muster.incident.recipient;

import io.muster.incident.storage.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The recipients of an incident with their channel history, read with one query: what was sent,
 * delivered, failed or answered on each channel, and any step held for the person's quiet hours.
 */
@Component
public class RecipientHistory {

    private static final String RECIPIENTS =
            """
            SELECT r.person_id, p.employee_id, p.display_name, r.state, r.answered_at, r.answer_channel,
                   e.channel, e.kind, e.occurred_at, e.detail, e.held_until
            FROM (SELECT r.* FROM recipients r JOIN people p ON p.id = r.person_id WHERE r.incident_id = ?
                  ORDER BY p.employee_id LIMIT ? OFFSET ?) r
            JOIN people p ON p.id = r.person_id
            LEFT JOIN notifications n ON n.incident_id = r.incident_id AND n.person_id = r.person_id
            LEFT JOIN recipient_events e ON e.notification_id = n.notification_id
            ORDER BY p.employee_id, e.occurred_at, e.received_at
            """;

    private record Row(RecipientView recipient, RecipientView.@Nullable ChannelEntry entry) {}

    private final Jdbc jdbc;

    RecipientHistory(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the recipients, ordered by employee id (read off the event loop). */
    public Mono<List<RecipientView>> of(UUID incident, int page, int size) {
        return jdbc.transactional(() -> grouped(jdbc.client()
                .sql(RECIPIENTS)
                .param(incident)
                .param(size)
                .param((long) page * size)
                .query((rs, n) -> row(rs))
                .list()));
    }

    private static Row row(ResultSet rs) throws SQLException {
        var recipient = new RecipientView(
                rs.getObject("person_id", UUID.class),
                rs.getString("employee_id"),
                rs.getString("display_name"),
                rs.getString("state"),
                instant(rs, "answered_at"),
                rs.getString("answer_channel"),
                new ArrayList<>());
        String kind = rs.getString("kind");
        return new Row(
                recipient,
                kind == null
                        ? null
                        : new RecipientView.ChannelEntry(
                                rs.getString("channel"),
                                kind,
                                rs.getTimestamp("occurred_at").toInstant(),
                                rs.getString("detail"),
                                instant(rs, "held_until")));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static List<RecipientView> grouped(List<Row> rows) {
        Map<UUID, RecipientView> byPerson = new LinkedHashMap<>();
        for (Row row : rows) {
            RecipientView recipient = byPerson.computeIfAbsent(row.recipient().personId(), id -> row.recipient());
            if (row.entry() != null) {
                recipient.channels().add(row.entry());
            }
        }
        return byPerson.values().stream()
                .map(r -> new RecipientView(
                        r.personId(),
                        r.employeeId(),
                        r.name(),
                        r.state(),
                        r.answeredAt(),
                        r.answerChannel(),
                        List.copyOf(r.channels())))
                .toList();
    }
}
