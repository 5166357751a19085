package io.muster.incident.outbox;

import io.muster.incident.storage.PostgresCopy;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one writer of outbox rows: appends them in the caller's JDBC transaction, in the order given
 * (the relay sends rows in id order), with one statement, or binary COPY for a large fan-out.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    // Below this, one statement is as fast as COPY and keeps the SQL in one place.
    private static final int COPY_FROM = 1000;

    private final JdbcClient jdbc;
    private final PostgresCopy copy;
    private final OutboxTraces traces;

    Outbox(JdbcClient jdbc, PostgresCopy copy, OutboxTraces traces) {
        this.jdbc = jdbc;
        this.copy = copy;
        this.traces = traces;
    }

    public void append(OutboxMessage message) {
        write(List.of(Rendering.Row.of(message)));
    }

    public void append(List<OutboxMessage> messages) {
        write(messages.stream().map(Rendering.Row::of).toList());
    }

    /**
     * Appends the queued rows. They are rendered while {@code meanwhile} runs (the caller's other
     * writes of the same transaction), in parallel when there are many, and written after it.
     */
    public void append(OutboxRows queued, Runnable meanwhile) {
        Rendering rendering = Rendering.start(queued.entries());
        meanwhile.run();
        long waiting = System.nanoTime();
        List<Rendering.Row> rows = rendering.join();
        long rendered = System.nanoTime();
        write(rows);
        if (log.isDebugEnabled() && rows.size() >= COPY_FROM) {
            log.debug(
                    "Waited {} ms for {} outbox rows, wrote them in {} ms",
                    (rendered - waiting) / 1_000_000,
                    rows.size(),
                    (System.nanoTime() - rendered) / 1_000_000);
        }
    }

    private void write(List<Rendering.Row> rows) {
        if (rows.isEmpty()) return;
        // Every row of a write comes from the same transaction, and so from the same span.
        String traceparent = traces.current();
        if (rows.size() >= COPY_FROM) {
            copy.copy("outbox (topic, record_key, payload, cohort, cursor, traceparent)", rows, m ->
                    new Object[] {m.topic(), m.key(), m.payload(), m.cohort(), m.cursor(), traceparent});
            return;
        }
        jdbc.sql(
                        """
                        INSERT INTO outbox (topic, record_key, payload, cohort, cursor, traceparent)
                        SELECT t.topic, t.k, t.payload, t.g, t.c, ?::text
                        FROM unnest(?::text[], ?::text[], ?::text[], ?::uuid[], ?::uuid[]) WITH ORDINALITY AS t(topic, k, payload, g, c, ord)
                        ORDER BY t.ord
                        """)
                .param(traceparent)
                .param(rows.stream().map(Rendering.Row::topic).toArray(String[]::new))
                .param(rows.stream().map(Rendering.Row::key).toArray(String[]::new))
                .param(rows.stream().map(Rendering.Row::payload).toArray(String[]::new))
                .param(rows.stream().map(Rendering.Row::cohort).toArray(UUID[]::new))
                .param(rows.stream().map(Rendering.Row::cursor).toArray(UUID[]::new))
                .update();
    }
}
