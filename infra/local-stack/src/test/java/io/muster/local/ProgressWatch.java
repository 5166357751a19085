package io.muster.local;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Samples a progress figure (alerts received plus answers taken) every 100 ms and notes when it moved, so
 * a run can say how long after a restart the flow started moving again.
 */
final class ProgressWatch implements AutoCloseable {

    private final LongSupplier progress;
    private final ConcurrentLinkedQueue<Long> moves = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("fault-progress").factory());
    private long last;

    ProgressWatch(LongSupplier progress) {
        this.progress = progress;
        this.last = progress.getAsLong();
        sampler.scheduleWithFixedDelay(this::sample, 100, 100, TimeUnit.MILLISECONDS);
    }

    /** The first move at or after {@code nanos} (System.nanoTime), as a duration from it; null if none yet. */
    Duration firstMoveAfter(long nanos) {
        return moves.stream()
                .filter(at -> at >= nanos)
                .findFirst()
                .map(at -> Duration.ofNanos(at - nanos))
                .orElse(null);
    }

    private void sample() {
        long now = progress.getAsLong();
        if (now != last) {
            moves.add(System.nanoTime());
            last = now;
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
