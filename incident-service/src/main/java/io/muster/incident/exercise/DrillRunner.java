package io.muster.incident.exercise;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.lifecycle.Declarations;
import io.muster.incident.outbox.OutboxRelay;
import io.muster.incident.storage.Jdbc;
import io.muster.incident.web.ProblemException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Runs due drills, one per transaction: the drill is claimed with {@code FOR UPDATE SKIP LOCKED},
 * its exercise incident declared, the occurrence recorded and the next one set, all in one commit.
 * So several instances share the work, each occurrence declares once, and a crash repeats nothing.
 * A declaration the data no longer allows (a deleted call tree, nobody left to notify) is recorded
 * as a failed occurrence and the drill moves on.
 */
@Component
class DrillRunner {

    private static final int MAX_PER_TICK = 100;

    private final Drills drills;
    private final Declarations declarations;
    private final AuditTrail audit;
    private final Jdbc jdbc;
    private final OutboxRelay relay;

    DrillRunner(Drills drills, Declarations declarations, AuditTrail audit, Jdbc jdbc, OutboxRelay relay) {
        this.drills = drills;
        this.declarations = declarations;
        this.audit = audit;
        this.jdbc = jdbc;
        this.relay = relay;
    }

    /** Runs what is due at {@code now}; returns how many occurrences ran. */
    int runDue(Instant now) {
        int ran = 0;
        while (ran < MAX_PER_TICK && runOne(now)) {
            ran++;
        }
        if (ran > 0) {
            relay.wake();
        }
        return ran;
    }

    private boolean runOne(Instant now) {
        AtomicReference<@Nullable DrillView> claimed = new AtomicReference<>();
        try {
            return jdbc.inTransaction(() -> drills.claimDue(now).map(drill -> {
                        claimed.set(drill);
                        declare(drill, now);
                        return true;
                    }))
                    .orElse(false);
        } catch (ProblemException e) {
            DrillView drill = claimed.get();
            if (drill == null) {
                throw e;
            }
            jdbc.inTransaction(() -> failed(drill, e, now));
            return true;
        }
    }

    private void declare(DrillView drill, Instant now) {
        Instant scheduled = java.util.Objects.requireNonNull(drill.nextAt());
        var incident = declarations.declareExercise(drill.declaration(), drill.createdBy());
        drills.ran(drill.id(), scheduled, now, incident, null, next(drill, now));
        audit.record(
                incident,
                "system",
                "DRILL_RAN",
                drill.id().toString(),
                Map.of("title", drill.title(), "scheduledAt", scheduled.toString()));
    }

    private Optional<Boolean> failed(DrillView drill, ProblemException e, Instant now) {
        Instant scheduled = java.util.Objects.requireNonNull(drill.nextAt());
        return drills.claim(drill.id(), scheduled).map(same -> {
            drills.ran(drill.id(), scheduled, now, null, e.slug() + ": " + e.getMessage(), next(drill, now));
            audit.record(
                    null,
                    "system",
                    "DRILL_FAILED",
                    drill.id().toString(),
                    Map.of("title", drill.title(), "scheduledAt", scheduled.toString(), "problem", e.slug()));
            return true;
        });
    }

    private static @Nullable Instant next(DrillView drill, Instant now) {
        return Recurrence.next(
                java.util.Objects.requireNonNull(drill.nextAt()), Recurrence.parse(drill.recurrence()), now);
    }
}
