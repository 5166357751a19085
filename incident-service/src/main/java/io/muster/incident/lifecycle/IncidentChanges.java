package io.muster.incident.lifecycle;

import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.incidenttype.IncidentTypes;
import io.muster.incident.outbox.OutboxRelay;
import io.muster.incident.storage.Jdbc;
import io.muster.incident.web.InvalidFields;
import io.muster.incident.web.UnknownReferences;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Changes an incident's phase, severity, type or sitrep cadence. In one transaction: the incident,
 * a history row and an audit entry per changed field, and an IncidentUpdated per published change.
 */
@Component
class IncidentChanges {

    static final Duration SHORTEST_SITREP_CADENCE = Duration.ofMinutes(1);

    private final Jdbc jdbc;
    private final LockedIncidents incidents;
    private final IncidentTypes types;
    private final ChangeRecorder recorder;
    private final OutboxRelay relay;
    private final Clock clock;

    IncidentChanges(
            Jdbc jdbc,
            LockedIncidents incidents,
            IncidentTypes types,
            ChangeRecorder recorder,
            OutboxRelay relay,
            Clock clock) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.types = types;
        this.recorder = recorder;
        this.relay = relay;
        this.clock = clock;
    }

    Mono<Void> change(UUID id, ChangeIncident command, String by) {
        if (command.changesNothing()) {
            return Mono.error(invalid("phase", "name at least one of phase, severity, incidentType, sitrepEvery"));
        }
        Duration every = command.sitrepEvery();
        if (every != null && !every.isZero() && every.compareTo(SHORTEST_SITREP_CADENCE) < 0) {
            return Mono.error(invalid("sitrepEvery", "must be PT0S (none) or at least " + SHORTEST_SITREP_CADENCE));
        }
        return jdbc.transactional(() -> apply(id, command, by))
                .doOnSuccess(done -> relay.wake())
                .then();
    }

    private Boolean apply(UUID id, ChangeIncident command, String by) {
        LockedIncident before = incidents.lock(id).orElseThrow(() -> new IncidentNotFound(id));
        if (!before.open()) {
            throw LifecycleProblem.closed(id);
        }
        Instant now = clock.instant();
        var changes = recorder.start(by, command.comment(), now);
        LockedIncident after = before;
        if (command.phase() != null && command.phase() != before.phase()) {
            if (!before.phase().canMoveTo(command.phase())) {
                throw LifecycleProblem.invalidTransition(before.phase(), command.phase());
            }
            after = changes.record(after.withPhase(command.phase()), "PHASE", before.phase(), command.phase());
        }
        if (command.severity() != null && command.severity() != before.severity()) {
            after = changes.record(
                    after.withSeverity(command.severity()), "SEVERITY", before.severity(), command.severity());
        }
        if (command.incidentType() != null && !command.incidentType().equals(before.incidentType())) {
            requireType(command.incidentType());
            after = changes.record(
                    after.withType(command.incidentType()), "TYPE", before.incidentType(), command.incidentType());
        }
        if (command.sitrepEvery() != null) {
            Duration every = command.sitrepEvery().isZero() ? null : command.sitrepEvery();
            if (!Objects.equals(every, before.sitrepEvery())) {
                after = changes.record(after.withSitrepEvery(every), "SITREP_EVERY", before.sitrepEvery(), every);
                incidents.scheduleSitreps(id, command.sitrepEvery(), now);
            }
        }
        incidents.save(after);
        return changes.finish();
    }

    private void requireType(String code) {
        if (!types.exists(code)) {
            throw new UnknownReferences(
                    "unknown-incident-type", "Unknown incident type", "unknownIncidentTypes", List.of(code));
        }
    }

    private static InvalidFields invalid(String field, String message) {
        return new InvalidFields(List.of(new InvalidFields.FieldError(field, message)));
    }
}
