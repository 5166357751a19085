package io.muster.incident.scenario;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A scenario as the API shows it: its keypad number on the hotline menu, its latest version, the
 * newest approved one (the one a launch sends unless it names another) and one version in full.
 *
 * @param twoPersonApproval whether the version's incident type needs an approver other than its author
 */
record ScenarioView(
        UUID id,
        String name,
        int keypad,
        int latestVersion,
        @Nullable Integer approvedVersion,
        boolean retired,
        int version,
        ScenarioDefinition definition,
        String editedBy,
        Instant editedAt,
        List<String> approvedBy,
        boolean twoPersonApproval) {

    static ScenarioView of(
            Scenarios.Head head, @Nullable Integer approved, Scenarios.Version version, boolean twoPersonApproval) {
        return new ScenarioView(
                head.id(),
                head.name(),
                head.keypad(),
                head.latestVersion(),
                approved,
                head.retired(),
                version.version(),
                version.definition(),
                version.editedBy(),
                version.editedAt(),
                version.approvedBy(),
                twoPersonApproval);
    }
}
