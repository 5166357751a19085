package io.muster.incident.statement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A statement with every version and who approved each; the publication fields are null while it is a draft. */
record StatementView(
        UUID id,
        UUID incidentId,
        String status,
        String createdBy,
        Instant createdAt,
        int latestVersion,
        boolean exercise,
        @Nullable Integer publishedVersion,
        @Nullable String publishedBy,
        @Nullable Instant publishedAt,
        @Nullable String msgType,
        List<UUID> references,
        boolean publicStatement,
        List<Version> versions) {

    /** One version as drafted, and who approved exactly it. */
    record Version(
            int version,
            String headline,
            List<LanguageText> texts,
            String draftedBy,
            Instant draftedAt,
            List<String> approvedBy) {}
}
