package io.muster.incident.statement;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.facts.IncidentNotFound;
import io.muster.incident.storage.Jdbc;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Drafting (every edit is a new version, the old ones stay) and approving statements, each audited. */
@Component
public class StatementDrafting {

    private final Jdbc jdbc;
    private final Statements statements;
    private final StatementViews views;
    private final AuditTrail audit;
    private final Clock clock;

    StatementDrafting(Jdbc jdbc, Statements statements, StatementViews views, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<StatementView> draft(UUID incidentId, DraftStatement draft, String by) {
        return jdbc.transactional(() -> views.one(incidentId, draftNow(incidentId, draft, by)));
    }

    /**
     * Drafts a statement in the caller's JDBC transaction (for features that draft as part of their own
     * change, e.g. a scenario's prepared statement at launch); its id. The spokesperson revises, approves
     * and publishes it as any other draft.
     */
    public UUID draftInTransaction(UUID incidentId, String headline, List<LanguageText> texts, String by) {
        return draftNow(incidentId, new DraftStatement(headline, texts).checked(), by);
    }

    private UUID draftNow(UUID incidentId, DraftStatement draft, String by) {
        boolean exercise = jdbc.client()
                .sql("SELECT exercise FROM incidents WHERE id = ?")
                .param(incidentId)
                .query(Boolean.class)
                .optional()
                .orElseThrow(() -> new IncidentNotFound(incidentId));
        UUID id = UUID.randomUUID();
        statements.insert(id, incidentId, exercise, by, now());
        recordVersion(incidentId, id, 1, draft, by);
        return id;
    }

    Mono<StatementView> revise(UUID incidentId, UUID id, DraftStatement draft, String by) {
        return jdbc.transactional(() -> {
            StatementHead head = statements.lockedHead(incidentId, id);
            head.requireDraft();
            return newVersion(incidentId, id, head.latestVersion() + 1, draft, by);
        });
    }

    Mono<StatementView> approve(UUID incidentId, UUID id, int version, String by) {
        return jdbc.transactional(() -> {
            StatementHead head = statements.lockedHead(incidentId, id);
            head.requireDraft();
            head.requireLatest(version);
            if (statements.draftedBy(id, version).equals(by)) {
                throw new StatementProblems.SelfApproval();
            }
            if (statements.approve(id, version, by, now())) {
                audit.record(incidentId, by, "STATEMENT_APPROVED", id.toString(), Map.of("version", version));
            }
            return views.one(incidentId, id);
        });
    }

    private StatementView newVersion(UUID incidentId, UUID id, int version, DraftStatement draft, String by) {
        recordVersion(incidentId, id, version, draft, by);
        return views.one(incidentId, id);
    }

    private void recordVersion(UUID incidentId, UUID id, int version, DraftStatement draft, String by) {
        statements.insertVersion(id, version, draft, by, now());
        audit.record(
                incidentId,
                by,
                "STATEMENT_DRAFTED",
                id.toString(),
                Map.of("version", version, "headline", draft.headline()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
