package io.muster.incident.task;

import io.muster.incident.outbox.OutboxRelay;
import io.muster.incident.scheduling.Poller;
import io.muster.incident.storage.Jdbc;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Looks for overdue tasks and reminds their owners. */
@Component
class TaskReminderScheduler extends Poller {

    private static final int BATCH = 100;

    private final OverdueTasks overdue;
    private final Jdbc jdbc;
    private final OutboxRelay relay;
    private final Clock clock;

    TaskReminderScheduler(OverdueTasks overdue, Jdbc jdbc, OutboxRelay relay, TaskProperties properties, Clock clock) {
        super("task-reminders", properties.remindersEnabled(), properties.tickInterval(), "overdue tasks stay due");
        this.overdue = overdue;
        this.jdbc = jdbc;
        this.relay = relay;
        this.clock = clock;
    }

    @Override
    protected boolean pollOnce() {
        Integer reminded = jdbc.inTransaction(() -> overdue.remindDue(clock.instant(), BATCH));
        if (reminded != null && reminded > 0) {
            relay.wake();
        }
        return false;
    }
}
