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
 * crash, not yet.
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
        List<DueTimers.Due> steps =
                due.stream().filter(d -> d.kind().equals("STEP")).toList();
        for (PendingSteps.Pending p : steps.isEmpty() ? List.<PendingSteps.Pending>of() : pending.of(steps)) {
            Optional<EscalatingIncident> incident = open.computeIfAbsent(p.incidentId(), incidents::open);
            if (incident.isPresent() && !p.answered()) {
                int step = stepOf(steps, p);
                stepper.climb(incident.get(), p.contact(), p.recipient(), step, now, batch);
            }
        }
        for (DueTimers.Due level :
                due.stream().filter(d -> d.kind().equals("LEVEL")).toList()) {
            open.computeIfAbsent(level.incidentId(), incidents::open)
                    .ifPresent(incident -> levels.start(incident, level.level(), now, batch));
        }
        escalation.complete(
                batch, id -> open.computeIfAbsent(id, incidents::open).orElseThrow(), now);
        return due.size();
    }

    private static int stepOf(List<DueTimers.Due> steps, PendingSteps.Pending p) {
        return steps.stream()
                .filter(d -> d.incidentId().equals(p.incidentId())
                        && p.contact().personId().equals(d.personId()))
                .mapToInt(DueTimers.Due::step)
                .max()
                .orElseThrow();
    }
}
