package io.muster.incident.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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
            @Nullable UUID cursor,
            @Nullable String traceparent) {

        boolean isCohort() {
            return payload == null && cohort != null && cursor != null;
        }

        OutboxMessage message(@Nullable String rendered) {
            String body = payload != null ? payload : rendered;
            if (body == null) {
                throw new IllegalStateException("Outbox row " + id + " has no payload and none could be rendered");
            }
            return new OutboxMessage(topic, key, body, traceparent);
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

    private final JdbcClient jdbc;
    private final DeferredPayloads deferred;
    private final CohortChunks chunks;

    PendingRows(JdbcClient jdbc, DeferredPayloads deferred, CohortChunks chunks) {
        this.jdbc = jdbc;
        this.deferred = deferred;
        this.chunks = chunks;
    }

    /** Blocking (JDBC), in the relay's transaction: the oldest unpublished rows no other relay holds. */
    List<PendingRow> claim(int limit) {
        return jdbc.sql(
                        """
                        SELECT id, topic, record_key, payload, notification_id, cohort, cursor, traceparent FROM outbox
                        WHERE published_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED
                        """)
                .param(limit)
                .query((rs, n) -> new PendingRow(
                        rs.getLong("id"),
                        rs.getString("topic"),
                        rs.getString("record_key"),
                        rs.getString("payload"),
                        rs.getObject("notification_id", UUID.class),
                        rs.getObject("cohort", UUID.class),
                        rs.getObject("cursor", UUID.class),
                        rs.getString("traceparent")))
                .list();
    }

    /** The messages of the claimed rows (deferred ones rendered), in row order; blocking (JDBC). */
    Relay relay(List<PendingRow> claimed, int limit) {
        long start = System.nanoTime();
        Relay relay = render(claimed, limit);
        log.debug("Rendered {} messages in {} ms", relay.messages().size(), (System.nanoTime() - start) / 1_000_000);
        return relay;
    }

    /** Reads the cohort's next chunk when this one was full, so that the next relay finds it ready. */
    void readAhead(Relay relay, int limit) {
        PendingRow cohort = relay.cohort();
        UUID cursor = relay.cursor();
        if (cohort != null && cohort.cohort() != null && cursor != null) {
            chunks.readAhead(cohort.cohort(), cursor, limit);
        }
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
        chunk.forEach(m -> messages.add(new OutboxMessage(cohort.topic(), m.key(), m.payload(), cohort.traceparent())));
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

    /** Marks the relayed rows published and moves the cohort's cursor past the chunk just sent. */
    void markPublished(Relay relay) {
        long[] ids = relay.done().stream().mapToLong(PendingRow::id).toArray();
        if (ids.length > 0) {
            jdbc.sql("UPDATE outbox SET published_at = now() WHERE id = ANY(?::bigint[])")
                    .param(ids)
                    .update();
        }
        PendingRow cohort = relay.cohort();
        if (cohort != null && relay.cursor() != null) {
            jdbc.sql("UPDATE outbox SET cursor = ? WHERE id = ?")
                    .params(relay.cursor(), cohort.id())
                    .update();
        }
    }
}
