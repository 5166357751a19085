package io.muster.incident.exercise;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Ticks the drill runner on a virtual thread of its own; a failed tick leaves the drills due for the next. */
@Component
class DrillScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DrillScheduler.class);

    private final DrillRunner runner;
    private final ExerciseProperties properties;
    private final Clock clock;
    private volatile @Nullable ScheduledExecutorService executor;

    DrillScheduler(DrillRunner runner, ExerciseProperties properties, Clock clock) {
        this.runner = runner;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("drills").factory());
        long interval = properties.tickInterval().toMillis();
        started.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
        executor = started;
    }

    private void tick() {
        try {
            runner.runDue(clock.instant());
        } catch (RuntimeException e) {
            log.warn("Drill tick failed; due drills stay due and are retried: {}", e.toString());
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
