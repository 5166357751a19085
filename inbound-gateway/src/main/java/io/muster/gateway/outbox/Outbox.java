package io.muster.gateway.outbox;

import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Stores events for the relay, in the given order, with one statement; complete once the rows are
 * committed (the caller may then answer the provider: the events will reach Kafka). Fails with the
 * database's error when PostgreSQL is away, so the webhook is refused (503) and the provider retries.
 */
@Component
public class Outbox {

    private static final String APPEND =
            """
            insert into outbox (topic, record_key, payload)
            select t.topic, t.record_key, t.payload
            from unnest($1::text[], $2::text[], $3::text[]) with ordinality as t(topic, record_key, payload, ord)
            order by t.ord
            """;

    private final DatabaseClient db;
    private final OutboxRelay relay;

    Outbox(DatabaseClient db, OutboxRelay relay) {
        this.db = db;
        this.relay = relay;
    }

    public Mono<Void> append(List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return Mono.empty();
        }
        return db.sql(APPEND)
                .bind(0, messages.stream().map(OutboxMessage::topic).toArray(String[]::new))
                .bind(1, messages.stream().map(OutboxMessage::key).toArray(String[]::new))
                .bind(2, messages.stream().map(OutboxMessage::payload).toArray(String[]::new))
                .then()
                .doOnSuccess(stored -> relay.wake());
    }
}
