package io.muster.incident.polling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs {@link #pollOnce()} every interval on a virtual thread of its own, from start to stop of the
 * application. A round that reports a full batch is followed at once by another (more is due); a
 * failing round is logged and the work stays due for the next one, because every job keeps its
 * state in PostgreSQL (taken with {@code FOR UPDATE SKIP LOCKED}), never in this loop.
 */
public abstract class Poller implements SmartLifecycle {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final boolean enabled;
    private final Duration interval;
    private final String whenFailing;
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

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name(name).factory());
        long millis = interval.toMillis();
        started.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
        executor = started;
    }

    private void poll() {
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
        if (running != null) {
            running.shutdownNow();
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
