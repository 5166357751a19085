package io.muster.incident.lifecycle;

import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The parts of an incident a change may touch, read under a row lock in the changing transaction. */
record LockedIncident(
        UUID id,
        boolean exercise,
        boolean open,
        Phase phase,
        Severity severity,
        String incidentType,
        String declaredBy,
        @Nullable Duration sitrepEvery) {

    LockedIncident withPhase(Phase phase) {
        return new LockedIncident(id, exercise, open, phase, severity, incidentType, declaredBy, sitrepEvery);
    }

    LockedIncident withSeverity(Severity severity) {
        return new LockedIncident(id, exercise, open, phase, severity, incidentType, declaredBy, sitrepEvery);
    }

    LockedIncident withType(String incidentType) {
        return new LockedIncident(id, exercise, open, phase, severity, incidentType, declaredBy, sitrepEvery);
    }

    LockedIncident withSitrepEvery(@Nullable Duration sitrepEvery) {
        return new LockedIncident(id, exercise, open, phase, severity, incidentType, declaredBy, sitrepEvery);
    }
}
