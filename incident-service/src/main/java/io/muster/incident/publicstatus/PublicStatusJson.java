package io.muster.incident.publicstatus;

import io.muster.incident.statement.LanguageText;
import io.muster.incident.statement.PublishedStatement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code /status.json}: the public statements, newest first, each with the address of its CAP document. */
record PublicStatusJson(String organisation, @Nullable Instant updated, List<Entry> statements) {

    /** One public statement. */
    record Entry(
            UUID id,
            String msgType,
            boolean exercise,
            String headline,
            Instant publishedAt,
            List<LanguageText> texts,
            List<UUID> references,
            String cap) {}

    static PublicStatusJson of(PublicStatusProperties properties, List<PublishedStatement> statements) {
        List<Entry> entries = statements.stream()
                .map(s -> new Entry(
                        s.id(),
                        s.msgType(),
                        s.exercise(),
                        s.headline(),
                        s.publishedAt(),
                        s.texts(),
                        s.references().stream()
                                .map(PublishedStatement.Reference::id)
                                .toList(),
                        properties.statusUrl() + "/cap/" + s.id() + ".xml"))
                .toList();
        return new PublicStatusJson(
                properties.organisation(),
                statements.isEmpty() ? null : statements.get(0).publishedAt(),
                entries);
    }
}
