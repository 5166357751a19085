package io.muster.incident.escalation;

import io.muster.incident.outbox.OutboxRelay;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires due timers. Each tick claims a batch (skipping timers another instance holds), fires them
 * and writes their effects and the fired marks in one transaction: a timer fires once or, after a
 * crash, not yet. A step timer belongs to a cohort (everyone a fan-out reached at one time, see
 * {@link Batch#cohortFor}) and sends the step to each member who has not answered.
 */
@Component
public class EscalationEngine {

    private final DueTimers timers;
    private final PendingSteps pending;
    private final EscalatingIncidents incidents;
    private final Stepper stepper;
    private final LevelStarter levels;
    private final Escalation escalation;
    private final TransactionTemplate transactions;
    private final OutboxRelay relay;
    private final EscalationProperties properties;
    private final Clock clock;

    EscalationEngine(
            DueTimers timers,
            PendingSteps pending,
            EscalatingIncidents incidents,
            Stepper stepper,
            LevelStarter levels,
            Escalation escalation,
            TransactionTemplate transactions,
            OutboxRelay relay,
            EscalationProperties properties,
            Clock clock) {
        this.timers = timers;
        this.pending = pending;
        this.incidents = incidents;
        this.stepper = stepper;
        this.levels = levels;
        this.escalation = escalation;
        this.transactions = transactions;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
    }

    /** Fires what is due now; returns how many timers it fired. Safe to call from many threads. */
    public int tick() {
        Instant now = clock.instant();
        Integer fired = transactions.execute(status -> fire(now));
        if (fired != null && fired > 0) {
            relay.wake();
        }
        return fired == null ? 0 : fired;
    }

    private int fire(Instant now) {
        List<DueTimers.Due> due = timers.claim(now, properties.batchSize());
        if (due.isEmpty()) {
            return 0;
        }
        Map<UUID, Optional<EscalatingIncident>> open = new HashMap<>();
        Batch batch = new Batch();
        for (DueTimers.Due step : due) {
            if (step.kind().equals("STEP") && step.cohort() != null) {
                open.computeIfAbsent(step.incidentId(), incidents::open)
                        .ifPresent(incident -> climb(incident, step, now, batch));
            }
        }
        for (DueTimers.Due level : due) {
            if (level.kind().equals("LEVEL")) {
                open.computeIfAbsent(level.incidentId(), incidents::open)
                        .ifPresent(incident -> levels.start(incident, level.level(), now, batch));
            }
        }
        escalation.complete(
                batch, id -> open.computeIfAbsent(id, incidents::open).orElseThrow(), now);
        return due.size();
    }

    /** Expands a cohort's timer into the step of each member who has not answered. */
    private void climb(EscalatingIncident incident, DueTimers.Due step, Instant now, Batch batch) {
        for (PendingSteps.Pending p : pending.of(step.incidentId(), step.cohort())) {
            stepper.climb(incident, p.contact(), p.recipient(), step.step(), now, batch);
        }
    }
}
