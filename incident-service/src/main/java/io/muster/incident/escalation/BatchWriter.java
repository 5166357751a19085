package io.muster.incident.escalation;

import io.muster.incident.outbox.Outbox;
import io.muster.incident.storage.PostgresCopy;
import io.muster.incident.storage.TimeOrderedIds;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Batch} in the current JDBC transaction: one unnest statement per table, or COPY
 * for the recipients of a large fan-out; then its outbox rows, through the {@link Outbox}.
 */
@Component
public class BatchWriter {

    private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);

    // Below this, one statement is as fast as COPY and keeps the SQL in one place.
    private static final int COPY_FROM = 1000;

    private final JdbcClient jdbc;
    private final PostgresCopy copy;
    private final Outbox outbox;

    BatchWriter(JdbcClient jdbc, PostgresCopy copy, Outbox outbox) {
        this.jdbc = jdbc;
        this.copy = copy;
        this.outbox = outbox;
    }

    public void write(Batch batch) {
        outbox.append(batch.outbox(), () -> rows(batch));
    }

    private void rows(Batch batch) {
        long start = System.nanoTime();
        recipients(batch.recipients);
        steps(batch.steps);
        notified(batch.notified);
        moves(batch.moves);
        unreachable(batch.unreachable);
        held(batch.held);
        long rows = System.nanoTime();
        timers(batch.timers);
        if (log.isDebugEnabled() && batch.recipients.size() >= COPY_FROM) {
            log.debug(
                    "Wrote {} recipients in {} ms, {} timers in {} ms",
                    batch.recipients.size(),
                    (rows - start) / 1_000_000,
                    batch.timers.size(),
                    (System.nanoTime() - rows) / 1_000_000);
        }
    }

    private void recipients(List<Batch.NewRecipient> rows) {
        if (rows.isEmpty()) return;
        if (rows.size() >= COPY_FROM) {
            copy.copy(
                    "recipients (incident_id, person_id, notification_id, reply_code, state, level, deputy_for, notified_at, cohort)",
                    rows,
                    r -> new Object[] {
                        r.incidentId(),
                        r.personId(),
                        r.notificationId(),
                        r.replyCode(),
                        "NO_RESPONSE",
                        r.level(),
                        r.deputyFor(),
                        r.notifiedAt(),
                        r.cohort()
                    });
            return;
        }
        jdbc.sql(
                        """
                        INSERT INTO recipients (incident_id, person_id, notification_id, reply_code, state, level, deputy_for, notified_at, cohort)
                        SELECT t.i, t.p, t.n, t.c, 'NO_RESPONSE', t.l, t.d, to_timestamp(nullif(t.at, -1) / 1000.0), t.g
                        FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::int[], ?::uuid[], ?::bigint[], ?::uuid[]) AS t(i, p, n, c, l, d, at, g)
                        """)
                .param(column(rows, Batch.NewRecipient::incidentId))
                .param(column(rows, Batch.NewRecipient::personId))
                .param(column(rows, Batch.NewRecipient::notificationId))
                .param(rows.stream().map(Batch.NewRecipient::replyCode).toArray(String[]::new))
                .param(rows.stream().mapToInt(Batch.NewRecipient::level).toArray())
                .param(column(rows, Batch.NewRecipient::deputyFor))
                .param(rows.stream()
                        .mapToLong(r ->
                                r.notifiedAt() == null ? -1 : r.notifiedAt().toEpochMilli())
                        .toArray())
                .param(column(rows, Batch.NewRecipient::cohort))
                .update();
    }

    private void steps(List<Batch.Step> rows) {
        if (rows.isEmpty()) return;
        jdbc.sql(
                        """
                        INSERT INTO notification_steps (notification_id, incident_id, person_id, step, purpose)
                        SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::int[], ?::text[])
                        """)
                .param(column(rows, Batch.Step::notificationId))
                .param(column(rows, Batch.Step::incidentId))
                .param(column(rows, Batch.Step::personId))
                .param(rows.stream().mapToInt(Batch.Step::step).toArray())
                .param(rows.stream().map(Batch.Step::purpose).toArray(String[]::new))
                .update();
    }

    private void notified(List<Batch.Notified> rows) {
        if (rows.isEmpty()) return;
        jdbc.sql(
                        """
                        UPDATE recipients r SET notified_at = coalesce(r.notified_at, to_timestamp(t.at / 1000.0))
                        FROM unnest(?::uuid[], ?::uuid[], ?::bigint[]) AS t(i, p, at)
                        WHERE r.incident_id = t.i AND r.person_id = t.p
                        """)
                .param(column(rows, Batch.Notified::incidentId))
                .param(column(rows, Batch.Notified::personId))
                .param(rows.stream().mapToLong(r -> r.at().toEpochMilli()).toArray())
                .update();
    }

    // A handful of rows: a fan-out's people share their cohort's timer.
    private void timers(List<Batch.Timer> rows) {
        if (rows.isEmpty()) return;
        jdbc.sql(
                        """
                        INSERT INTO escalation_timers (incident_id, kind, cohort, level, step, due_at)
                        SELECT t.i, t.k, t.g, t.l, t.s, to_timestamp(t.due / 1000.0)
                        FROM unnest(?::uuid[], ?::text[], ?::uuid[], ?::int[], ?::int[], ?::bigint[]) AS t(i, k, g, l, s, due)
                        """)
                .param(column(rows, Batch.Timer::incidentId))
                .param(rows.stream().map(Batch.Timer::kind).toArray(String[]::new))
                .param(column(rows, Batch.Timer::cohort))
                .param(rows.stream().mapToInt(Batch.Timer::level).toArray())
                .param(rows.stream().mapToInt(Batch.Timer::step).toArray())
                .param(rows.stream().mapToLong(t -> t.dueAt().toEpochMilli()).toArray())
                .update();
    }

    private void moves(List<Batch.Move> rows) {
        if (rows.isEmpty()) return;
        jdbc.sql(
                        """
                        UPDATE recipients r SET cohort = t.g FROM unnest(?::uuid[], ?::uuid[], ?::uuid[]) AS t(i, p, g)
                        WHERE r.incident_id = t.i AND r.person_id = t.p
                        """)
                .param(column(rows, Batch.Move::incidentId))
                .param(column(rows, Batch.Move::personId))
                .param(column(rows, Batch.Move::cohort))
                .update();
    }

    private void unreachable(List<Batch.Unreachable> rows) {
        if (rows.isEmpty()) return;
        jdbc.sql(
                        """
                        INSERT INTO recipient_events (event_id, notification_id, kind, channel, detail, occurred_at)
                        SELECT t.e, t.n, 'FAILED', t.c, t.d, now() FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[]) AS t(e, n, c, d)
                        """)
                .param(rows.stream().map(r -> TimeOrderedIds.next()).toArray(UUID[]::new))
                .param(column(rows, Batch.Unreachable::notificationId))
                .param(rows.stream().map(Batch.Unreachable::channel).toArray(String[]::new))
                .param(rows.stream().map(Batch.Unreachable::reason).toArray(String[]::new))
                .update();
    }

    private void held(List<Batch.Held> rows) {
        if (rows.isEmpty()) return;
        jdbc.sql(
                        """
                        INSERT INTO recipient_events (event_id, notification_id, kind, detail, occurred_at, held_until)
                        SELECT t.e, t.n, 'HELD', 'quiet hours', to_timestamp(t.at / 1000.0), to_timestamp(t.u / 1000.0)
                        FROM unnest(?::uuid[], ?::uuid[], ?::bigint[], ?::bigint[]) AS t(e, n, at, u)
                        """)
                .param(rows.stream().map(r -> TimeOrderedIds.next()).toArray(UUID[]::new))
                .param(column(rows, Batch.Held::notificationId))
                .param(rows.stream().mapToLong(r -> r.at().toEpochMilli()).toArray())
                .param(rows.stream().mapToLong(r -> r.until().toEpochMilli()).toArray())
                .update();
    }

    private static <T> UUID[] column(List<T> rows, Function<T, UUID> field) {
        return rows.stream().map(field).toArray(UUID[]::new);
    }
}
