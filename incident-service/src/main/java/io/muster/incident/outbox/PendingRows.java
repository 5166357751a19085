package io.muster.incident.outbox;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Unpublished outbox rows, claimed so that several relay instances never take the same one. */
@Component
class PendingRows {

    private static final Logger log = LoggerFactory.getLogger(PendingRows.class);

    /** A claimed row; {@code payload} is null when the row is a deferred request (see {@link DeferredPayloads}). */
    record PendingRow(long id, String topic, String key, @Nullable String payload, @Nullable UUID notificationId) {

        OutboxMessage message(@Nullable String rendered) {
            String body = payload != null ? payload : rendered;
            if (body == null) {
                throw new IllegalStateException("Outbox row " + id + " has no payload and none could be rendered");
            }
            return new OutboxMessage(topic, key, body);
        }
    }

    private final DatabaseClient db;
    private final DeferredPayloads deferred;

    PendingRows(DatabaseClient db, DeferredPayloads deferred) {
        this.db = db;
        this.deferred = deferred;
    }

    Flux<PendingRow> claim(int limit) {
        return db.sql(
                        """
                        SELECT id, topic, record_key, payload, notification_id FROM outbox
                        WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED
                        """)
                .bind(0, limit)
                .map((row, meta) -> new PendingRow(
                        row.get("id", Long.class),
                        row.get("topic", String.class),
                        row.get("record_key", String.class),
                        row.get("payload", String.class),
                        row.get("notification_id", UUID.class)))
                .all();
    }

    /** The rows' messages in row order, deferred ones rendered (off the event loop). */
    Mono<List<OutboxMessage>> messages(List<PendingRow> rows) {
        List<UUID> ids = rows.stream()
                .filter(row -> row.payload() == null && row.notificationId() != null)
                .map(PendingRow::notificationId)
                .toList();
        Mono<Map<UUID, String>> rendered = ids.isEmpty()
                ? Mono.just(Map.of())
                : Mono.fromCallable(() -> deferred.render(ids)).subscribeOn(Schedulers.boundedElastic());
        return rendered.elapsed()
                .doOnNext(timed -> log.debug("Rendered {} deferred rows in {} ms", ids.size(), timed.getT1()))
                .map(timed -> timed.getT2())
                .map(payloads -> rows.stream()
                        .map(row ->
                                row.message(row.notificationId() == null ? null : payloads.get(row.notificationId())))
                        .toList());
    }

    Mono<Long> markPublished(List<PendingRow> rows) {
        Long[] ids = rows.stream().map(PendingRow::id).toArray(Long[]::new);
        return db.sql("UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])")
                .bind(0, ids)
                .fetch()
                .rowsUpdated();
    }
}
