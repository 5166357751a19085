package io.muster.incident.publicstatus;

import io.muster.incident.statement.PublishedStatement;
import io.muster.incident.statement.StatementPreviews;
import io.muster.incident.storage.Jdbc;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * What a statement's latest version will look like once published, written by the same code as the
 * real thing: the status page, its Atom entry and its CAP 1.2 document (for the console's previews).
 */
@RestController
class StatementPreviewController {

    /**
     * The preview of the latest version (of the published one once published); {@code publicStatement}
     * false means it stays internal (an exercise's), off the page and feed.
     */
    record StatementPreview(
            UUID statementId,
            int version,
            String msgType,
            boolean publicStatement,
            Instant publishedAt,
            String page,
            String atomEntry,
            String cap) {}

    private final Jdbc jdbc;
    private final StatementPreviews previews;
    private final PublicStatusPage page;
    private final AtomFeed feed;
    private final CapDocument cap;
    private final Clock clock;

    StatementPreviewController(
            Jdbc jdbc, StatementPreviews previews, PublicStatusPage page, AtomFeed feed, CapDocument cap, Clock clock) {
        this.jdbc = jdbc;
        this.previews = previews;
        this.page = page;
        this.feed = feed;
        this.cap = cap;
        this.clock = clock;
    }

    @GetMapping("/api/incidents/{id}/statements/{statementId}/preview")
    Mono<StatementPreview> preview(
            @PathVariable UUID id,
            @PathVariable UUID statementId,
            @RequestParam(defaultValue = "false") boolean publishExercise,
            Principal caller) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return jdbc.transactional(() -> previews.preview(id, statementId, caller.getName(), now, publishExercise))
                .map(this::written);
    }

    private StatementPreview written(PublishedStatement statement) {
        return new StatementPreview(
                statement.id(),
                statement.version(),
                statement.msgType(),
                statement.isPublic(),
                statement.publishedAt(),
                page.write(List.of(statement)),
                feed.entry(statement),
                cap.write(statement));
    }
}
