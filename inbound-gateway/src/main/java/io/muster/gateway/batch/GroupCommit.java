package io.muster.gateway.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Turns many callers' single-row statements (or single replies) into one statement (or one pass of a
 * batch pipeline) per batch, without a timer: at most
 * {@code maxInFlight} statements run at once, and whatever is queued while they run goes into the
 * next ones (up to {@code maxRows} each). An idle gateway therefore writes a row at once; a busy one
 * shares a round trip and a commit among the rows that arrived meanwhile. A caller's Mono completes
 * only once the statement that carried its row has committed (or fails with its error), so every
 * "durable before answering" rule still holds row by row. The queue is bounded: a row offered to a
 * full queue fails at once with {@link Full} (the webhook answers 503 with Retry-After, and the
 * provider retries), and a row whose caller gave up (cancelled: the client went away, or timed out)
 * leaves the queue before any statement carries it.
 *
 * @param <I> one row to write
 * @param <O> what its caller gets back
 */
public final class GroupCommit<I, O> {

    /** The queue was full: nothing was written, the caller may try again shortly. */
    public static final class Full extends RuntimeException {
        Full(int maxQueued) {
            super("More than " + maxQueued + " rows are waiting to be written", null, false, false);
        }
    }

    private record Waiting<I, O>(I row, Sinks.One<O> result) {}

    private final Queue<Waiting<I, O>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final Function<List<I>, Mono<List<O>>> statement;
    private final int maxRows;
    private final int maxInFlight;
    private final int maxQueued;
    private final Duration timeout;
    private int inFlight;

    /**
     * {@code statement} writes the rows in one go and answers for each, in the same order. A batch
     * still running after {@code timeout} fails its rows (their callers answer 503 and the provider
     * retries; every step is idempotent) and frees its place: one stuck batch must not stop all the
     * others behind it.
     */
    public GroupCommit(
            int maxRows, int maxInFlight, int maxQueued, Duration timeout, Function<List<I>, Mono<List<O>>> statement) {
        this.statement = statement;
        this.maxRows = maxRows;
        this.maxInFlight = maxInFlight;
        this.maxQueued = maxQueued;
        this.timeout = timeout;
    }

    /**
     * Writes {@code row} with whatever else is queued; completes once its statement has, fails at
     * once with {@link Full} when {@code maxQueued} rows are already waiting. Cancelling the answer
     * before a statement took the row takes it out of the queue.
     */
    public Mono<O> submit(I row) {
        return Mono.defer(() -> {
            if (queued.incrementAndGet() > maxQueued) {
                queued.decrementAndGet();
                return Mono.error(new Full(maxQueued));
            }
            Waiting<I, O> waiting = new Waiting<>(row, Sinks.one());
            queue.add(waiting);
            drain();
            return waiting.result().asMono().doOnCancel(() -> abandoned(waiting));
        });
    }

    /** How many rows wait for a statement now. */
    public int queued() {
        return queued.get();
    }

    /** A caller gave up: its row leaves the queue unless a statement already carries it. */
    private void abandoned(Waiting<I, O> waiting) {
        if (queue.remove(waiting)) {
            queued.decrementAndGet();
        }
    }

    private void drain() {
        List<Waiting<I, O>> batch;
        while ((batch = nextBatch()) != null) {
            run(batch);
        }
    }

    private synchronized @Nullable List<Waiting<I, O>> nextBatch() {
        if (inFlight >= maxInFlight || queue.isEmpty()) {
            return null;
        }
        List<Waiting<I, O>> batch = new ArrayList<>();
        for (Waiting<I, O> next; batch.size() < maxRows && (next = queue.poll()) != null; ) {
            queued.decrementAndGet();
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return null;
        }
        inFlight++;
        return batch;
    }

    private synchronized void finished() {
        inFlight--;
    }

    private void run(List<Waiting<I, O>> batch) {
        Mono.defer(() -> statement.apply(batch.stream().map(Waiting::row).toList()))
                .filter(results -> results.size() == batch.size())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("a batch statement answered for other rows")))
                .timeout(timeout)
                .subscribe(results -> done(batch, results, null), failure -> done(batch, null, failure));
    }

    /** The next batch starts before this one's callers continue: its rows waited for this one. */
    private void done(List<Waiting<I, O>> batch, @Nullable List<O> results, @Nullable Throwable failure) {
        finished();
        drain();
        for (int i = 0; i < batch.size(); i++) {
            Sinks.One<O> result = batch.get(i).result();
            if (results != null) {
                result.emitValue(results.get(i), Sinks.EmitFailureHandler.FAIL_FAST);
            } else {
                result.emitError(java.util.Objects.requireNonNull(failure), Sinks.EmitFailureHandler.FAIL_FAST);
            }
        }
    }
}
