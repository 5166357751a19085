package io.muster.incident.outbox;

import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Unpublished outbox rows, claimed so that several relay instances never take the same one. */
@Component
class PendingRows {

    record PendingRow(long id, OutboxMessage message) {}

    private final DatabaseClient db;

    PendingRows(DatabaseClient db) {
        this.db = db;
    }

    Flux<PendingRow> claim(int limit) {
        return db.sql(
                        """
                        SELECT id, topic, record_key, payload FROM outbox
                        WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED
                        """)
                .bind(0, limit)
                .map((row, meta) -> new PendingRow(
                        row.get("id", Long.class),
                        new OutboxMessage(
                                row.get("topic", String.class),
                                row.get("record_key", String.class),
                                row.get("payload", String.class))))
                .all();
    }

    Mono<Long> markPublished(List<PendingRow> rows) {
        Long[] ids = rows.stream().map(PendingRow::id).toArray(Long[]::new);
        return db.sql("UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])")
                .bind(0, ids)
                .fetch()
                .rowsUpdated();
    }
}
