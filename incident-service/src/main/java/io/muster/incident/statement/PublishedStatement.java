package io.muster.incident.statement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published statement as the outside sees it: the published version's texts, its CAP message
 * type, the earlier statements it refers to, and the incident's severity and type name.
 */
public record PublishedStatement(
        UUID id,
        UUID incidentId,
        int version,
        String msgType,
        String headline,
        List<LanguageText> texts,
        Instant publishedAt,
        String publishedBy,
        boolean exercise,
        boolean isPublic,
        List<Reference> references,
        String severity,
        String eventName) {

    /** An earlier statement this one updates or cancels, and when it was published. */
    public record Reference(UUID id, Instant publishedAt) {}
}
