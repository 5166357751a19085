package io.muster.incident.statement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published on {@code muster.topics.incidents} (key incidentId) when a statement is published. It
 * carries the first language's text; the other languages are in the CAP document and on the page.
 */
record StatementPublished(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        UUID statementId,
        int statementVersion,
        String msgType,
        String headline,
        String text,
        String language,
        String publishedBy,
        List<UUID> references) {}
