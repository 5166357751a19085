package io.muster.gateway.outbox;

import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Stored events not yet acknowledged by Kafka, claimed so that two relays never take the same row. */
@Component
class PendingMessages {

    /** A claimed row. */
    record Pending(long id, OutboxMessage message) {}

    private final DatabaseClient db;

    PendingMessages(DatabaseClient db) {
        this.db = db;
    }

    /** The oldest rows no other relay holds, locked until the caller's transaction ends. */
    Flux<Pending> claim(int limit) {
        return db.sql("select id, topic, record_key, payload from outbox order by id limit $1 for update skip locked")
                .bind(0, limit)
                .map((row, meta) -> new Pending(
                        row.get("id", Long.class),
                        new OutboxMessage(
                                row.get("topic", String.class),
                                row.get("record_key", String.class),
                                row.get("payload", String.class))))
                .all();
    }

    Mono<Void> sent(List<Pending> rows) {
        return db.sql("delete from outbox where id = any($1::bigint[])")
                .bind(0, rows.stream().map(Pending::id).toArray(Long[]::new))
                .then();
    }
}
