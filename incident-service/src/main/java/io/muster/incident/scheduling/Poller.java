package io.muster.incident.scheduling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs {@link #pollOnce()} every interval on a virtual thread of its own, from start to stop of the
 * application, and at once when {@link #wake()} says that work just became due. A round that reports
 * a full batch is followed at once by another (more is due); a failing round is logged and the work
 * stays due for the next one, because every job keeps its state in PostgreSQL (taken with
 * {@code FOR UPDATE SKIP LOCKED}), never in this loop.
 */
public abstract class Poller implements SmartLifecycle {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final boolean enabled;
    private final Duration interval;
    private final String whenFailing;
    private final AtomicBoolean woken = new AtomicBoolean();
    private volatile @Nullable ScheduledExecutorService executor;

    /**
     * @param name the thread's name and the log's subject
     * @param whenFailing what stays true when a round fails, for the log (e.g. "due timers stay due")
     */
    protected Poller(String name, boolean enabled, Duration interval, String whenFailing) {
        this.name = name;
        this.enabled = enabled;
        this.interval = interval;
        this.whenFailing = whenFailing;
    }

    /** One round of work; true when it filled a whole batch, so more is probably due at once. */
    protected abstract boolean pollOnce();

    /**
     * How long {@link #stop()} lets a round in flight finish before it interrupts it; none by default
     * (a round's work is taken again by the next one).
     */
    protected Duration stopGrace() {
        return Duration.ZERO;
    }

    /**
     * Asks for a round now rather than at the next interval (e.g. a transaction just committed work).
     * Wake-ups while a round is queued count once; a lost one only waits for the next interval.
     */
    public void wake() {
        ScheduledExecutorService running = executor;
        if (running != null && woken.compareAndSet(false, true)) {
            try {
                running.execute(this::poll);
            } catch (RejectedExecutionException stopping) {
                woken.set(false);
            }
        }
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        woken.set(false); // a wake-up queued when it last stopped was dropped with its executor
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name(name).factory());
        long millis = interval.toMillis();
        started.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
        executor = started;
    }

    private void poll() {
        woken.set(false);
        try {
            while (pollOnce()) {
                // a full batch: keep going without waiting for the next round
            }
        } catch (RuntimeException e) {
            log.warn("{} round failed; {}: {}", name, whenFailing, e.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(stopGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                if (!stopGrace().isZero()) {
                    log.warn("{} did not finish its round within {}; interrupting it", name, stopGrace());
                }
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
