package io.muster.incident.recipient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
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
            FROM (SELECT r.* FROM recipients r JOIN people p ON p.id = r.person_id WHERE r.incident_id = $1
                  ORDER BY p.employee_id LIMIT $2 OFFSET $3) r
            JOIN people p ON p.id = r.person_id
            LEFT JOIN notifications n ON n.incident_id = r.incident_id AND n.person_id = r.person_id
            LEFT JOIN recipient_events e ON e.notification_id = n.notification_id
            ORDER BY p.employee_id, e.occurred_at, e.received_at
            """;

    private record Row(RecipientView recipient, RecipientView.@Nullable ChannelEntry entry) {}

    private final DatabaseClient db;

    RecipientHistory(DatabaseClient db) {
        this.db = db;
    }

    /** One page of the recipients, ordered by employee id. */
    public Mono<List<RecipientView>> of(UUID incident, int page, int size) {
        return db.sql(RECIPIENTS)
                .bind(0, incident)
                .bind(1, size)
                .bind(2, (long) page * size)
                .map((row, meta) -> new Row(
                        new RecipientView(
                                row.get("person_id", UUID.class),
                                row.get("employee_id", String.class),
                                row.get("display_name", String.class),
                                row.get("state", String.class),
                                row.get("answered_at", Instant.class),
                                row.get("answer_channel", String.class),
                                new ArrayList<>()),
                        row.get("kind", String.class) == null
                                ? null
                                : new RecipientView.ChannelEntry(
                                        row.get("channel", String.class),
                                        row.get("kind", String.class),
                                        row.get("occurred_at", Instant.class),
                                        row.get("detail", String.class),
                                        row.get("held_until", Instant.class))))
                .all()
                .collectList()
                .map(RecipientHistory::grouped);
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
