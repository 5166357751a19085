package io.muster.gateway.outbox;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Moves stored events to Kafka: at once when {@link #wake()} says rows were just stored, and on
 * every tick for rows that waited (a broker outage, a crashed instance). A batch's rows are deleted
 * in the transaction that claimed them, only after every acknowledgement, so a crash or an outage
 * leaves them for the next try: at least once, consumers dedupe by eventId.
 */
@Component
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final PendingMessages pending;
    private final BrokerSends broker;
    private final TransactionalOperator transactions;
    private final OutboxProperties settings;
    private final Sinks.Many<Long> wakeUps = Sinks.many().multicast().directBestEffort();
    private final AtomicBoolean failing = new AtomicBoolean();
    private volatile Sinks.Empty<Void> stopSignal = Sinks.empty();
    private volatile CompletableFuture<Void> loop;

    OutboxRelay(
            PendingMessages pending,
            BrokerSends broker,
            ReactiveTransactionManager transactionManager,
            OutboxProperties settings) {
        this.pending = pending;
        this.broker = broker;
        this.transactions = TransactionalOperator.create(transactionManager);
        this.settings = settings;
    }

    /** Asks for a run now rather than at the next tick (a lost wake-up only waits for that tick). */
    void wake() {
        wakeUps.tryEmitNext(0L);
    }

    @Override
    public void start() {
        Sinks.Empty<Void> stop = Sinks.empty();
        stopSignal = stop;
        loop = Flux.merge(Flux.interval(settings.pollInterval()), wakeUps.asFlux())
                .takeUntilOther(stop.asMono())
                .onBackpressureDrop()
                .concatMap(tick -> drain(), 1)
                .then()
                .toFuture();
    }

    Mono<Void> drain() {
        return relayBatch()
                .expand(more -> more ? relayBatch() : Mono.empty())
                .then()
                .doOnSuccess(done -> recovered())
                .onErrorResume(this::outage);
    }

    /** Relays one batch; says whether more may be waiting. */
    private Mono<Boolean> relayBatch() {
        return transactions.transactional(pending.claim(settings.batchSize())
                .collectList()
                .flatMap(rows -> rows.isEmpty()
                        ? Mono.just(false)
                        : broker.sendAll(
                                        rows.stream()
                                                .map(PendingMessages.Pending::message)
                                                .toList(),
                                        settings.ackTimeout())
                                .then(pending.sent(rows))
                                .thenReturn(rows.size() == settings.batchSize())));
    }

    private Mono<Void> outage(Throwable error) {
        if (failing.compareAndSet(false, true)) {
            log.warn(
                    "Gateway outbox cannot publish; stored events wait and are retried every tick: {}",
                    error.toString());
        }
        return Mono.empty();
    }

    private void recovered() {
        if (failing.compareAndSet(true, false)) {
            log.info("Gateway outbox publishes again");
        }
    }

    /** Stops taking ticks and lets a batch in flight finish, so no claimed batch is cancelled halfway. */
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
            log.warn("Gateway outbox relay did not finish its batch within {}; cancelling it", STOP_GRACE);
            running.cancel(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.cancel(true);
        } catch (ExecutionException e) {
            log.warn(
                    "Gateway outbox relay ended with an error: {}", e.getCause().toString());
        }
        loop = null;
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }
}
