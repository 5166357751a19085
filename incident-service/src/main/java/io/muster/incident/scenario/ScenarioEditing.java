package io.muster.incident.scenario;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.incidenttype.IncidentType;
import io.muster.incident.incidenttype.IncidentTypes;
import io.muster.incident.storage.Jdbc;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Creating, editing (every edit a new version, the old ones kept), approving and retiring scenarios,
 * each audited. A version is approved by one COMMANDER or ADMIN; where its incident type needs two
 * people, that approver may not be the version's author.
 */
@Component
class ScenarioEditing {

    private final Jdbc jdbc;
    private final Scenarios scenarios;
    private final ScenarioRules rules;
    private final IncidentTypes types;
    private final AuditTrail audit;
    private final Clock clock;

    ScenarioEditing(
            Jdbc jdbc, Scenarios scenarios, ScenarioRules rules, IncidentTypes types, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.scenarios = scenarios;
        this.rules = rules;
        this.types = types;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<ScenarioView> create(ScenarioDefinition definition, String by) {
        return jdbc.transactional(() -> {
            rules.check(definition);
            var head = scenarios.insert(UUID.randomUUID(), definition.name(), by, now());
            scenarios.insertVersion(head.id(), 1, definition, by, now());
            audit.record(null, by, "SCENARIO_CREATED", head.id().toString(), details(definition, 1));
            return view(head.id(), null);
        });
    }

    Mono<ScenarioView> edit(UUID id, ScenarioDefinition definition, String by) {
        return jdbc.transactional(() -> {
            var head = scenarios.head(id, true);
            requireCurrent(head);
            rules.check(definition);
            int version = head.latestVersion() + 1;
            scenarios.insertVersion(id, version, definition, by, now());
            audit.record(null, by, "SCENARIO_EDITED", id.toString(), details(definition, version));
            return view(id, null);
        });
    }

    Mono<ScenarioView> approve(UUID id, int version, String by) {
        return jdbc.transactional(() -> {
            var head = scenarios.head(id, true);
            requireCurrent(head);
            var stored =
                    scenarios.version(id, version).orElseThrow(() -> new ScenarioProblems.VersionNotFound(id, version));
            if (version != head.latestVersion()) {
                throw new ScenarioProblems.Superseded(version, head.latestVersion());
            }
            String type = stored.definition().incidentType();
            if (twoPeople(type) && stored.editedBy().equals(by)) {
                throw new ScenarioProblems.SelfApproval(type);
            }
            if (scenarios.approve(id, version, by, now())) {
                audit.record(
                        null, by, "SCENARIO_APPROVED", id.toString(), Map.of("version", version, "incidentType", type));
            }
            return view(id, version);
        });
    }

    Mono<Void> retire(UUID id, String by) {
        return jdbc.transactional(() -> {
                    var head = scenarios.head(id, true);
                    if (!head.retired()) {
                        scenarios.retire(id, now());
                        audit.record(null, by, "SCENARIO_RETIRED", id.toString(), Map.of("name", head.name()));
                    }
                    return head;
                })
                .then();
    }

    Mono<ScenarioView> one(UUID id, @Nullable Integer version) {
        return jdbc.transactional(() -> view(id, version));
    }

    Mono<List<ScenarioView>> current() {
        return jdbc.transactional(() ->
                scenarios.current().stream().map(head -> view(head.id(), null)).toList());
    }

    /** The scenario with the given version in full (the latest when null). Call inside a transaction. */
    ScenarioView view(UUID id, @Nullable Integer version) {
        var head = scenarios.head(id, false);
        int shown = version == null ? head.latestVersion() : version;
        var stored = scenarios.version(id, shown).orElseThrow(() -> new ScenarioProblems.VersionNotFound(id, shown));
        return ScenarioView.of(
                head,
                scenarios.newestApproved(id).orElse(null),
                stored,
                twoPeople(stored.definition().incidentType()));
    }

    private boolean twoPeople(String type) {
        return types.byCode(type).map(IncidentType::twoPersonApproval).orElse(true);
    }

    private static void requireCurrent(Scenarios.Head head) {
        if (head.retired()) {
            throw new ScenarioProblems.Retired(head.id());
        }
    }

    private static Map<String, Object> details(ScenarioDefinition definition, int version) {
        return Map.of(
                "version", version,
                "name", definition.name(),
                "incidentType", definition.incidentType(),
                "priority", definition.priority(),
                "languages",
                        definition.texts().stream()
                                .map(ScenarioDefinition.Text::language)
                                .toList());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
