package io.muster.incident.scenario;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.lifecycle.Declarations;
import io.muster.incident.outbox.OutboxRelay;
import io.muster.incident.statement.StatementDrafting;
import io.muster.incident.statuslog.StatusLog;
import io.muster.incident.storage.Jdbc;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Launches an approved scenario version in one transaction: declares through the declaration path
 * (so the same Idempotency-Key, or the same launch moments later, answers the first incident and alerts
 * nobody twice), records the scenario and version on the incident, posts its internal status update,
 * drafts its public statement for the spokesperson, and, for a launch by phone, tells every commander.
 */
@Component
class ScenarioLaunches {

    /** Where a launch came from. */
    enum Source {
        API,
        PHONE
    }

    /** The incident a launch declared, now or earlier ({@code repeated}). */
    record Launched(UUID incidentId, UUID scenarioId, int version, boolean exercise, boolean repeated) {}

    private final Jdbc jdbc;
    private final Scenarios scenarios;
    private final LaunchValues values;
    private final LaunchBodies bodies;
    private final Declarations declarations;
    private final StatusLog statusLog;
    private final StatementDrafting statements;
    private final PhoneLaunchNotices notices;
    private final AuditTrail audit;
    private final OutboxRelay relay;
    private final Clock clock;

    ScenarioLaunches(
            Jdbc jdbc,
            Scenarios scenarios,
            LaunchValues values,
            LaunchBodies bodies,
            Declarations declarations,
            StatusLog statusLog,
            StatementDrafting statements,
            PhoneLaunchNotices notices,
            AuditTrail audit,
            OutboxRelay relay,
            Clock clock) {
        this.jdbc = jdbc;
        this.scenarios = scenarios;
        this.values = values;
        this.bodies = bodies;
        this.declarations = declarations;
        this.statusLog = statusLog;
        this.statements = statements;
        this.notices = notices;
        this.audit = audit;
        this.relay = relay;
        this.clock = clock;
    }

    Mono<Launched> launch(UUID id, LaunchRequest request, String by, Source source, @Nullable String key) {
        return jdbc.transactional(() -> launchNow(id, request, by, source, key)).doOnSuccess(launched -> relay.wake());
    }

    private Launched launchNow(UUID id, LaunchRequest request, String by, Source source, @Nullable String key) {
        var head = scenarios.head(id, false);
        if (head.retired()) {
            throw new ScenarioProblems.Retired(id);
        }
        int version = launchable(id, request.version());
        var definition = scenarios.version(id, version).orElseThrow().definition();
        if (definition.lifeSafety() && !request.lifeSafetyConfirmed()) {
            throw new ScenarioProblems.LifeSafetyNotConfirmed();
        }
        List<UUID> sites = request.siteIds() == null ? definition.audience().siteIds() : request.siteIds();
        Map<String, String> filled = values.of(sites, request);
        var declared = declarations.declare(bodies.body(definition, filled, sites, request.isExercise()), by, key);
        UUID incident = declared.incidentId();
        if (!declared.repeated()) {
            scenarios.recordLaunch(
                    incident,
                    id,
                    version,
                    definition.name(),
                    by,
                    source.name(),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
            audit.record(
                    incident,
                    by,
                    "SCENARIO_LAUNCHED",
                    id.toString(),
                    Map.of(
                            "version", version,
                            "name", definition.name(),
                            "source", source.name(),
                            "exercise", request.isExercise(),
                            "sites", sites));
            follow(incident, definition, filled, by);
            if (source == Source.PHONE) {
                notices.tellCommanders(incident, definition.name(), version, filled, by);
            }
        }
        return new Launched(incident, id, version, request.isExercise(), declared.repeated());
    }

    /** The version to launch: the one named, which must be approved, else the newest approved one. */
    private int launchable(UUID id, @Nullable Integer named) {
        if (named == null) {
            return scenarios.newestApproved(id).orElseThrow(() -> new ScenarioProblems.NotApproved(id));
        }
        var version = scenarios.version(id, named).orElseThrow(() -> new ScenarioProblems.VersionNotFound(id, named));
        if (version.approvedBy().isEmpty()) {
            throw new ScenarioProblems.NotApproved(id);
        }
        return named;
    }

    /** The internal status update and the draft statement the scenario prepared. */
    private void follow(UUID incident, ScenarioDefinition definition, Map<String, String> filled, String by) {
        if (definition.statusUpdate() != null) {
            statusLog.postInTransaction(incident, Placeholders.fill(definition.statusUpdate(), filled), by);
        }
        var statement = definition.publicStatement();
        if (statement != null) {
            var filledStatement = statement.filled(filled);
            statements.draftInTransaction(incident, filledStatement.headline(), filledStatement.texts(), by);
        }
    }
}
