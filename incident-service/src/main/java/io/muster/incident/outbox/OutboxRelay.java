package io.muster.incident.outbox;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Moves outbox rows to Kafka: on every poll tick, and at once when {@link #wake()} says that a
 * transaction just committed new rows. Rows are marked published only after every ack, so a crash
 * or an outage leaves them for the next tick (at least once; consumers dedupe by eventId).
 */
@Component
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final PendingRows rows;
    private final KafkaPublisher publisher;
    private final TransactionalOperator transactions;
    private final OutboxProperties properties;
    private final Sinks.Many<Long> wakeUps = Sinks.many().multicast().directBestEffort();
    private final AtomicBoolean failing = new AtomicBoolean();
    private volatile Sinks.Empty<Void> stopSignal;
    private volatile CompletableFuture<Void> loop;

    OutboxRelay(
            PendingRows rows,
            KafkaPublisher publisher,
            TransactionalOperator transactions,
            OutboxProperties properties) {
        this.rows = rows;
        this.publisher = publisher;
        this.transactions = transactions;
        this.properties = properties;
    }

    /** Asks for a relay run now rather than at the next tick (a lost wake-up only waits for that tick). */
    public void wake() {
        wakeUps.tryEmitNext(0L);
    }

    @Override
    public void start() {
        Sinks.Empty<Void> stop = Sinks.empty();
        stopSignal = stop;
        loop = Flux.merge(Flux.interval(properties.pollInterval()), wakeUps.asFlux())
                .takeUntilOther(stop.asMono())
                .onBackpressureDrop()
                .concatMap(tick -> drain(), 1)
                .then()
                .toFuture();
    }

    // Package-private for the outage test, which drives a relay of its own tick by tick.
    Mono<Void> drain() {
        return relayBatch()
                .expand(more -> more ? relayBatch() : Mono.empty())
                .then()
                .doOnSuccess(done -> recovered())
                .onErrorResume(this::outage);
    }

    /** Relays one batch; says whether more may be waiting. */
    private Mono<Boolean> relayBatch() {
        return transactions
                .transactional(rows.claim(properties.batchSize())
                        .collectList()
                        .flatMap(batch -> batch.isEmpty()
                                ? Mono.just(Optional.<PendingRows.Relay>empty())
                                : rows.relay(batch, properties.batchSize()).flatMap(relay -> publisher
                                        .sendAll(relay.messages())
                                        .then(rows.markPublished(relay))
                                        .thenReturn(Optional.of(relay)))))
                .elapsed()
                .doOnNext(timed -> timed.getT2()
                        .ifPresent(relay -> log.debug(
                                "Relayed {} messages in {} ms", relay.messages().size(), timed.getT1())))
                .map(timed -> timed.getT2().map(PendingRows.Relay::more).orElse(false));
    }

    private Mono<Void> outage(Throwable error) {
        if (failing.compareAndSet(false, true)) {
            log.warn(
                    "Outbox relay cannot publish; unpublished rows stay and are retried every tick: {}",
                    error.toString());
        }
        return Mono.empty();
    }

    private void recovered() {
        if (failing.compareAndSet(true, false)) {
            log.info("Outbox relay publishes again");
        }
    }

    /**
     * Stops taking ticks and lets a drain in flight finish, so no claimed batch is cancelled halfway
     * (a cancelled transaction could hold its rows and its connection until the pool notices).
     */
    @Override
    public void stop() {
        CompletableFuture<Void> running = loop;
        if (running == null) {
            return;
        }
        stopSignal.tryEmitEmpty();
        try {
            running.get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("Outbox relay did not finish its batch within {}; cancelling it", STOP_GRACE);
            running.cancel(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.cancel(true);
        } catch (ExecutionException e) {
            log.warn("Outbox relay ended with an error: {}", e.getCause().toString());
        }
        loop = null;
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }
}
