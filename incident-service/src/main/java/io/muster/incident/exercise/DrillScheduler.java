package io.muster.incident.exercise;

import io.muster.incident.scheduling.Poller;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Ticks the drill runner. */
@Component
class DrillScheduler extends Poller {

    private final DrillRunner runner;
    private final Clock clock;

    DrillScheduler(DrillRunner runner, ExerciseProperties properties, Clock clock) {
        super("drills", properties.enabled(), properties.tickInterval(), "due drills stay due and are retried");
        this.runner = runner;
        this.clock = clock;
    }

    @Override
    protected boolean pollOnce() {
        runner.runDue(clock.instant());
        return false;
    }
}
