package io.muster.incident.escalation;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Ticks the engine on a virtual thread of its own; a failing tick is logged and retried next tick. */
@Component
class EscalationScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EscalationScheduler.class);

    private final EscalationEngine engine;
    private final EscalationProperties properties;
    private volatile ScheduledExecutorService executor;

    EscalationScheduler(EscalationEngine engine, EscalationProperties properties) {
        this.engine = engine;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("escalation").factory());
        long interval = properties.tickInterval().toMillis();
        executor.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            while (engine.tick() == properties.batchSize()) {
                // A full batch means more is due: keep going without waiting for the next tick.
            }
        } catch (RuntimeException e) {
            log.warn("Escalation tick failed; due timers stay due and are retried: {}", e.toString());
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
