package io.muster.incident.accountability;

import io.muster.incident.jdbc.Jdbc;
import io.muster.incident.outbox.OutboxRelay;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Fires due reminder schedules every {@code tick-interval} on a virtual thread of its own. */
@Component
class ReminderScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);
    private static final int BATCH = 20;

    private final ReminderSchedules schedules;
    private final Jdbc jdbc;
    private final OutboxRelay relay;
    private final AccountabilityProperties properties;
    private final Clock clock;
    private volatile ScheduledExecutorService executor;

    ReminderScheduler(
            ReminderSchedules schedules,
            Jdbc jdbc,
            OutboxRelay relay,
            AccountabilityProperties properties,
            Clock clock) {
        this.schedules = schedules;
        this.jdbc = jdbc;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void start() {
        if (!properties.remindersEnabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("reminder-schedules").factory());
        long interval = properties.tickInterval().toMillis();
        executor.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            Integer fired = jdbc.inTransaction(() -> schedules.fireDue(clock.instant(), BATCH));
            if (fired != null && fired > 0) {
                relay.wake();
            }
        } catch (RuntimeException e) {
            log.warn("Reminder schedule tick failed; due schedules stay due: {}", e.toString());
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
