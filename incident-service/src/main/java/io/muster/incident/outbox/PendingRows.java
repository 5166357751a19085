package io.muster.incident.outbox;

import java.util.ArrayList;
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

    /**
     * A claimed row: a payload; or a deferred request ({@code notificationId}, queued one per
     * person before V10); or a cohort's first requests, rendered chunk by chunk after {@code cursor}.
     */
    record PendingRow(
            long id,
            String topic,
            String key,
            @Nullable String payload,
            @Nullable UUID notificationId,
            @Nullable UUID cohort,
            @Nullable UUID cursor) {

        boolean isCohort() {
            return payload == null && cohort != null && cursor != null;
        }

        OutboxMessage message(@Nullable String rendered) {
            String body = payload != null ? payload : rendered;
            if (body == null) {
                throw new IllegalStateException("Outbox row " + id + " has no payload and none could be rendered");
            }
            return new OutboxMessage(topic, key, body);
        }
    }

    /**
     * What one relay transaction sends: the rows up to the first cohort row, then up to a chunk of
     * that cohort's requests; {@code done} rows are marked published, the cohort row advances to
     * {@code cursor} (or is published when the chunk was its last), rows after it wait their turn.
     */
    record Relay(
            List<OutboxMessage> messages,
            List<PendingRow> done,
            @Nullable PendingRow cohort,
            @Nullable UUID cursor,
            boolean more) {}

    private final DatabaseClient db;
    private final DeferredPayloads deferred;
    private final CohortChunks chunks;

    PendingRows(DatabaseClient db, DeferredPayloads deferred, CohortChunks chunks) {
        this.db = db;
        this.deferred = deferred;
        this.chunks = chunks;
    }

    Flux<PendingRow> claim(int limit) {
        return db.sql(
                        """
                        SELECT id, topic, record_key, payload, notification_id, cohort, cursor FROM outbox
                        WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED
                        """)
                .bind(0, limit)
                .map((row, meta) -> new PendingRow(
                        row.get("id", Long.class),
                        row.get("topic", String.class),
                        row.get("record_key", String.class),
                        row.get("payload", String.class),
                        row.get("notification_id", UUID.class),
                        row.get("cohort", UUID.class),
                        row.get("cursor", UUID.class)))
                .all();
    }

    /** The messages of the claimed rows (deferred ones rendered off the event loop), in row order. */
    Mono<Relay> relay(List<PendingRow> claimed, int limit) {
        return Mono.fromCallable(() -> render(claimed, limit))
                .subscribeOn(Schedulers.boundedElastic())
                .elapsed()
                .doOnNext(timed -> log.debug(
                        "Rendered {} messages in {} ms",
                        timed.getT2().messages().size(),
                        timed.getT1()))
                .map(timed -> timed.getT2());
    }

    private Relay render(List<PendingRow> claimed, int limit) {
        List<PendingRow> before = new ArrayList<>();
        for (PendingRow row : claimed) {
            if (row.isCohort()) {
                return cohort(before, row, limit);
            }
            before.add(row);
        }
        return new Relay(single(before), before, null, null, claimed.size() == limit);
    }

    private Relay cohort(List<PendingRow> before, PendingRow cohort, int limit) {
        List<OutboxMessage> messages = new ArrayList<>(single(before));
        List<DeferredPayloads.Member> chunk = chunks.chunk(cohort.cohort(), cohort.cursor(), limit);
        chunk.forEach(m -> messages.add(new OutboxMessage(cohort.topic(), m.key(), m.payload())));
        boolean last = chunk.size() < limit;
        UUID cursor = chunk.isEmpty() ? cohort.cursor() : chunk.getLast().notificationId();
        List<PendingRow> done = new ArrayList<>(before);
        if (last) {
            done.add(cohort);
        }
        return new Relay(messages, done, last ? null : cohort, cursor, true);
    }

    private List<OutboxMessage> single(List<PendingRow> rows) {
        List<UUID> ids = rows.stream()
                .filter(row -> row.payload() == null && row.notificationId() != null)
                .map(PendingRow::notificationId)
                .toList();
        Map<UUID, String> payloads = ids.isEmpty() ? Map.of() : deferred.render(ids);
        return rows.stream()
                .map(row -> row.message(row.notificationId() == null ? null : payloads.get(row.notificationId())))
                .toList();
    }

    Mono<Void> markPublished(Relay relay) {
        Long[] ids = relay.done().stream().map(PendingRow::id).toArray(Long[]::new);
        Mono<Void> published = ids.length == 0
                ? Mono.empty()
                : db.sql("UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])")
                        .bind(0, ids)
                        .then();
        PendingRow cohort = relay.cohort();
        if (cohort == null || relay.cursor() == null) {
            return published;
        }
        return published.then(db.sql("UPDATE outbox SET cursor = $1 WHERE id = $2")
                .bind(0, relay.cursor())
                .bind(1, cohort.id())
                .then());
    }
}
