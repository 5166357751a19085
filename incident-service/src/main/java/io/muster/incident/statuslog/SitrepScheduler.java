package io.muster.incident.statuslog;

import io.muster.incident.scheduling.Poller;
import org.springframework.stereotype.Component;

/** Checks the sitrep reminders. */
@Component
class SitrepScheduler extends Poller {

    private final SitrepReminders reminders;
    private final int batchSize;

    SitrepScheduler(SitrepReminders reminders, SitrepProperties properties) {
        super("sitrep-reminders", properties.enabled(), properties.tickInterval(), "due reminders stay due");
        this.reminders = reminders;
        this.batchSize = properties.batchSize();
    }

    @Override
    protected boolean pollOnce() {
        return reminders.remindDue() == batchSize;
    }
}
