package io.muster.incident.statement;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the state checks of a statement need: its latest version and whether it is published. */
record StatementHead(
        UUID id, UUID incidentId, int latestVersion, @Nullable Integer publishedVersion, boolean exercise) {

    void requireDraft() {
        if (publishedVersion != null) {
            throw new StatementProblems.AlreadyPublished(id);
        }
    }

    void requireLatest(int version) {
        if (version != latestVersion) {
            throw new StatementProblems.StaleVersion(version, latestVersion);
        }
    }
}
