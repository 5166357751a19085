package io.muster.incident.outbox;

import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Appends messages in the caller's transaction with one set-based statement, in the given order
 * (so the relay sends them in that order).
 */
@Component
public class Outbox {

    private static final String APPEND =
            """
            INSERT INTO outbox (topic, record_key, payload)
            SELECT t.topic, t.record_key, t.payload
            FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(topic, record_key, payload, ord)
            ORDER BY t.ord
            """;

    private final DatabaseClient db;

    Outbox(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Long> append(List<OutboxMessage> messages) {
        return db.sql(APPEND)
                .bind(0, messages.stream().map(OutboxMessage::topic).toArray(String[]::new))
                .bind(1, messages.stream().map(OutboxMessage::key).toArray(String[]::new))
                .bind(2, messages.stream().map(OutboxMessage::payload).toArray(String[]::new))
                .fetch()
                .rowsUpdated();
    }
}
