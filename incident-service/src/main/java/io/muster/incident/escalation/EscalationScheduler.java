package io.muster.incident.escalation;

import io.muster.incident.scheduling.Poller;
import org.springframework.stereotype.Component;

/** Ticks the escalation engine. */
@Component
class EscalationScheduler extends Poller {

    private final EscalationEngine engine;
    private final int batchSize;

    EscalationScheduler(EscalationEngine engine, EscalationProperties properties) {
        super("escalation", properties.enabled(), properties.tickInterval(), "due timers stay due and are retried");
        this.engine = engine;
        this.batchSize = properties.batchSize();
    }

    @Override
    protected boolean pollOnce() {
        return engine.tick() == batchSize;
    }
}
