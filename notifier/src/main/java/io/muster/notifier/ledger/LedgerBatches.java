package io.muster.notifier.ledger;

import io.muster.notifier.channel.Outgoing;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The two ledger writes of every sent message (PENDING before the call, SENT after it), grouped
 * across delivery threads into one multi-row statement each ({@link GroupCommit}).
 */
@Component
class LedgerBatches {

    /** Two writers each: one statement in flight while the next batch gathers. */
    private static final int WRITERS = 2;

    private static final int MAX_ROWS = 500;

    /** One attempt to record as PENDING. */
    record Beginning(Outgoing outgoing, String channel, String provider) {

        AttemptKey key() {
            return new AttemptKey(outgoing.request().notificationId(), channel, outgoing.attempt());
        }
    }

    /** One attempt the provider took, with its reference. */
    record Sending(AttemptKey key, String providerReference) {}

    /** The ledger's primary key. */
    record AttemptKey(UUID notificationId, String channel, int attempt) {}

    private final JdbcClient jdbc;
    private final GroupCommit<Beginning, Boolean> beginnings;
    private final GroupCommit<Sending, DeliveryAttempt> sendings;

    LedgerBatches(JdbcClient jdbc, DurableWrites durably) {
        this.jdbc = jdbc;
        this.beginnings =
                new GroupCommit<>("ledger-pending", WRITERS, MAX_ROWS, rows -> durably.commit(() -> beginAll(rows)));
        this.sendings =
                new GroupCommit<>("ledger-sent", WRITERS, MAX_ROWS, rows -> durably.commit(() -> markAllSent(rows)));
    }

    boolean begin(Beginning beginning) {
        return beginnings.submit(beginning);
    }

    DeliveryAttempt markSent(Sending sending) {
        return sendings.submit(sending);
    }

    /** True for each row this statement inserted; a key repeated within the batch counts once. */
    private List<Boolean> beginAll(List<Beginning> rows) {
        Set<AttemptKey> inserted = new HashSet<>();
        jdbc.sql("insert into delivery_attempts (notification_id, channel, attempt, status, provider, incident_id,"
                        + " person_id, content_sha256) select cast(n as uuid), c, cast(a as integer), 'PENDING', p,"
                        + " cast(i as uuid), cast(pe as uuid), h from unnest(cast(? as text[]), cast(? as text[]),"
                        + " cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),"
                        + " cast(? as text[])) as r(n, c, a, p, i, pe, h) on conflict do nothing"
                        + " returning notification_id, channel, attempt")
                .params(
                        column(rows, row -> row.outgoing().request().notificationId()),
                        column(rows, Beginning::channel),
                        column(rows, row -> row.outgoing().attempt()),
                        column(rows, Beginning::provider),
                        column(rows, row -> row.outgoing().request().incidentId()),
                        column(rows, row -> row.outgoing().request().personId()),
                        column(rows, row -> row.outgoing().contentSha256()))
                .query(row -> {
                    inserted.add(new AttemptKey(
                            row.getObject("notification_id", UUID.class),
                            row.getString("channel"),
                            row.getInt("attempt")));
                });
        // remove() answers true once per key: a duplicate later in the batch did not insert
        return rows.stream().map(row -> inserted.remove(row.key())).toList();
    }

    private List<DeliveryAttempt> markAllSent(List<Sending> rows) {
        Map<AttemptKey, DeliveryAttempt> updated = new HashMap<>();
        jdbc.sql("update delivery_attempts d set status = 'SENT', permanent = false, provider_reference = r.ref,"
                        + " error = null, updated_at = now() from unnest(cast(? as text[]), cast(? as text[]),"
                        + " cast(? as text[]), cast(? as text[])) as r(n, c, a, ref)"
                        + " where d.notification_id = cast(r.n as uuid) and d.channel = r.c"
                        + " and d.attempt = cast(r.a as integer) returning " + DeliveryAttempts.columns("d"))
                .params(
                        column(rows, row -> row.key().notificationId()),
                        column(rows, row -> row.key().channel()),
                        column(rows, row -> row.key().attempt()),
                        column(rows, Sending::providerReference))
                .query(DeliveryAttempts::attempt)
                .list()
                .forEach(attempt -> updated.put(
                        new AttemptKey(attempt.notificationId(), attempt.channel(), attempt.attempt()), attempt));
        List<DeliveryAttempt> results = new ArrayList<>(rows.size());
        for (Sending row : rows) {
            DeliveryAttempt attempt = updated.get(row.key());
            if (attempt == null) {
                throw new IllegalStateException("attempt " + row.key() + " is not in the ledger");
            }
            results.add(attempt);
        }
        return results;
    }

    private static <T> String[] column(List<T> rows, Function<T, @Nullable Object> field) {
        return rows.stream()
                .map(row -> Objects.toString(field.apply(row), null))
                .toArray(String[]::new);
    }

    @PreDestroy
    void close() {
        beginnings.close();
        sendings.close();
    }
}
