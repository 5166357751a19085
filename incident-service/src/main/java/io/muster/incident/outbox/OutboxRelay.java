package io.muster.incident.outbox;

import io.muster.incident.scheduling.Poller;
import io.muster.incident.storage.Jdbc;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves outbox rows to Kafka: every poll interval, and at once when {@link #wake()} says that a
 * transaction just committed new rows. Each chunk is one JDBC transaction on one connection: claim
 * the rows, render them, send them, wait for every ack, mark them (or advance their cohort's cursor),
 * commit. A crash or an outage leaves the chunk for the next round (at least once; consumers dedupe
 * by eventId), and the progress of the chunks before it stays.
 */
@Component
public class OutboxRelay extends Poller {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final PendingRows rows;
    private final KafkaPublisher publisher;
    private final Jdbc jdbc;
    private final int batchSize;
    private final AtomicBoolean failing = new AtomicBoolean();

    OutboxRelay(PendingRows rows, KafkaPublisher publisher, Jdbc jdbc, OutboxProperties properties) {
        super("outbox-relay", true, properties.pollInterval(), "unpublished rows stay for the next round");
        this.rows = rows;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.batchSize = properties.batchSize();
    }

    /**
     * Relays one chunk; says whether more may be waiting. An outage (database or broker) is logged
     * once, when it starts, and waited out: the rows stay and the next round tries again.
     */
    @Override
    protected boolean pollOnce() {
        try {
            boolean more = Boolean.TRUE.equals(jdbc.inTransaction(this::relayChunk));
            recovered();
            return more;
        } catch (RuntimeException e) {
            outage(e);
            return false;
        }
    }

    // Package-private for the outage and crash tests, which drive a relay of their own.
    void drain() {
        while (pollOnce()) {
            // a full chunk: more may be waiting
        }
    }

    private boolean relayChunk() {
        long start = System.nanoTime();
        List<PendingRows.PendingRow> claimed = rows.claim(batchSize);
        if (claimed.isEmpty()) {
            return false;
        }
        PendingRows.Relay relay = rows.relay(claimed, batchSize);
        CompletableFuture<Void> acked = publisher.sendAll(relay.messages());
        // While the broker takes this chunk, the cohort's next one is read on this connection.
        rows.readAhead(relay, batchSize);
        await(acked);
        rows.markPublished(relay);
        log.debug("Relayed {} messages in {} ms", relay.messages().size(), (System.nanoTime() - start) / 1_000_000);
        return relay.more();
    }

    private static void await(CompletableFuture<Void> acked) {
        try {
            acked.get(); // bounded by the producer's delivery.timeout.ms
        } catch (ExecutionException e) {
            throw new NotPublished(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotPublished(e);
        }
    }

    /** The broker did not acknowledge every record of a chunk: the chunk's transaction rolls back. */
    static final class NotPublished extends RuntimeException {
        NotPublished(Throwable cause) {
            super("not acknowledged by Kafka: " + cause, cause);
        }
    }

    private void outage(RuntimeException error) {
        if (failing.compareAndSet(false, true)) {
            log.warn(
                    "Outbox relay cannot publish; unpublished rows stay and are retried every round: {}",
                    error.toString());
        }
    }

    private void recovered() {
        if (failing.compareAndSet(true, false)) {
            log.info("Outbox relay publishes again");
        }
    }

    /** Lets a chunk in flight finish, so a normal shutdown sends nothing twice. */
    @Override
    protected Duration stopGrace() {
        return STOP_GRACE;
    }
}
