package io.muster.incident.task;

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

/** Looks for overdue tasks every {@code tick-interval} on a virtual thread of its own. */
@Component
class TaskReminderScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TaskReminderScheduler.class);
    private static final int BATCH = 100;

    private final OverdueTasks overdue;
    private final Jdbc jdbc;
    private final OutboxRelay relay;
    private final TaskProperties properties;
    private final Clock clock;
    private volatile ScheduledExecutorService executor;

    TaskReminderScheduler(OverdueTasks overdue, Jdbc jdbc, OutboxRelay relay, TaskProperties properties, Clock clock) {
        this.overdue = overdue;
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
                Thread.ofVirtual().name("task-reminders").factory());
        long interval = properties.tickInterval().toMillis();
        executor.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            Integer reminded = jdbc.inTransaction(() -> overdue.remindDue(clock.instant(), BATCH));
            if (reminded != null && reminded > 0) {
                relay.wake();
            }
        } catch (RuntimeException e) {
            log.warn("Task reminder tick failed; overdue tasks stay due: {}", e.toString());
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
