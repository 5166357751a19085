package io.muster.incident.statuslog;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Checks the sitrep reminders on a virtual thread of its own; a failed check is retried next time. */
@Component
class SitrepScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SitrepScheduler.class);

    private final SitrepReminders reminders;
    private final SitrepProperties properties;
    private volatile ScheduledExecutorService executor;

    SitrepScheduler(SitrepReminders reminders, SitrepProperties properties) {
        this.reminders = reminders;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("sitrep-reminders").factory());
        long interval = properties.tickInterval().toMillis();
        executor.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            while (reminders.remindDue() == properties.batchSize()) {
                // A full batch means more are due.
            }
        } catch (RuntimeException e) {
            log.warn("Sitrep reminder check failed; due reminders stay due: {}", e.toString());
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
