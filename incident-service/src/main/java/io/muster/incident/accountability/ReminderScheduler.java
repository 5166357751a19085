package io.muster.incident.accountability;

import io.muster.incident.outbox.OutboxRelay;
import io.muster.incident.scheduling.Poller;
import io.muster.incident.storage.Jdbc;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Fires due reminder schedules, a few per round (each can remind thousands of people). */
@Component
class ReminderScheduler extends Poller {

    private static final int BATCH = 20;

    private final ReminderSchedules schedules;
    private final Jdbc jdbc;
    private final OutboxRelay relay;
    private final Clock clock;

    ReminderScheduler(
            ReminderSchedules schedules,
            Jdbc jdbc,
            OutboxRelay relay,
            AccountabilityProperties properties,
            Clock clock) {
        super("reminder-schedules", properties.remindersEnabled(), properties.tickInterval(), "due schedules stay due");
        this.schedules = schedules;
        this.jdbc = jdbc;
        this.relay = relay;
        this.clock = clock;
    }

    @Override
    protected boolean pollOnce() {
        Integer fired = jdbc.inTransaction(() -> schedules.fireDue(clock.instant(), BATCH));
        if (fired != null && fired > 0) {
            relay.wake();
        }
        return false;
    }
}
