package io.muster.incident.statement;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.incidentrole.IncidentRole;
import io.muster.incident.incidentrole.IncidentRoles;
import io.muster.incident.kafka.TopicsProperties;
import io.muster.incident.outbox.Outbox;
import io.muster.incident.outbox.OutboxMessage;
import io.muster.incident.outbox.OutboxRelay;
import io.muster.incident.storage.Jdbc;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a statement: only the designated spokesperson may, and only an approved version when
 * the incident type asks for two people. The publication, its event, its audit entry and the
 * subscribers' mail rows commit together.
 */
@Component
class StatementPublication {

    private final Jdbc jdbc;
    private final Statements statements;
    private final StatementViews views;
    private final PublishedStatements published;
    private final IncidentRoles roles;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final TopicsProperties topics;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatementPublication(
            Jdbc jdbc,
            Statements statements,
            StatementViews views,
            PublishedStatements published,
            IncidentRoles roles,
            AuditTrail audit,
            Outbox outbox,
            OutboxRelay relay,
            TopicsProperties topics,
            JsonMapper json,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.statements = statements;
        this.views = views;
        this.published = published;
        this.roles = roles;
        this.audit = audit;
        this.outbox = outbox;
        this.relay = relay;
        this.topics = topics;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    Mono<StatementView> publish(UUID incidentId, UUID id, PublishStatement command, String by) {
        return jdbc.transactional(() -> publishNow(incidentId, id, command, by)).doOnSuccess(done -> relay.wake());
    }

    private StatementView publishNow(UUID incidentId, UUID id, PublishStatement command, String by) {
        lockIncidentStatements(incidentId);
        StatementHead head = statements.lockedHead(incidentId, id);
        requireMayPublish(head, command.version(), by);
        boolean isPublic = !head.exercise() || Boolean.TRUE.equals(command.publishExercise());
        List<UUID> earlier = published.earlier(incidentId, isPublic).stream()
                .map(PublishedStatement.Reference::id)
                .toList();
        String msgType = msgType(earlier, Boolean.TRUE.equals(command.cancel()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        markPublished(id, command.version(), by, now, msgType, earlier, isPublic);
        StatementView view = views.one(incidentId, id);
        outbox(event(view, now));
        audit.record(
                incidentId,
                by,
                "STATEMENT_PUBLISHED",
                id.toString(),
                Map.of("version", command.version(), "msgType", msgType, "public", isPublic, "references", earlier));
        if (isPublic) {
            events.publishEvent(new StatementWentPublic(id));
        }
        return view;
    }

    /**
     * Publishes a follow-up of the incident's public statements at once: a CAP Update (or Cancel)
     * referring to every earlier public statement, by the commander who corrected (or cancelled) the
     * alert, without the spokesperson and approval steps, because it corrects what was already said.
     * Nothing when no statement is public. Call inside the caller's JDBC transaction.
     */
    Optional<UUID> followUp(UUID incidentId, DraftStatement draft, boolean cancel, String by) {
        lockIncidentStatements(incidentId);
        List<UUID> earlier = published.earlier(incidentId, true).stream()
                .map(PublishedStatement.Reference::id)
                .toList();
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        boolean exercise = jdbc.client()
                .sql("SELECT exercise FROM incidents WHERE id = ?")
                .param(incidentId)
                .query(Boolean.class)
                .single();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        statements.insert(id, incidentId, exercise, by, now);
        statements.insertVersion(id, 1, draft, by, now);
        String msgType = msgType(earlier, cancel);
        markPublished(id, 1, by, now, msgType, earlier, true);
        outbox(event(views.one(incidentId, id), now));
        audit.record(
                incidentId,
                by,
                "STATEMENT_PUBLISHED",
                id.toString(),
                Map.of("version", 1, "msgType", msgType, "public", true, "references", earlier, "followUp", true));
        events.publishEvent(new StatementWentPublic(id));
        return Optional.of(id);
    }

    /** A draft, its latest version, the designated spokesperson, and a second approver when the type asks. */
    private void requireMayPublish(StatementHead head, int version, String by) {
        head.requireDraft();
        head.requireLatest(version);
        if (!roles.holder(head.incidentId(), IncidentRole.SPOKESPERSON)
                .map(by::equals)
                .orElse(false)) {
            throw new StatementProblems.NotSpokesperson();
        }
        if (needsTwoPeople(head.incidentId()) && !statements.approvedBySomeoneBut(head.id(), version, by)) {
            throw new StatementProblems.ApprovalRequired();
        }
    }

    private static String msgType(List<UUID> earlier, boolean cancel) {
        if (cancel && earlier.isEmpty()) {
            throw new StatementProblems.NothingToCancel();
        }
        return cancel ? "Cancel" : earlier.isEmpty() ? "Alert" : "Update";
    }

    /** Two publications of one incident must not both see "no earlier statement" and both say Alert. */
    private void lockIncidentStatements(UUID incidentId) {
        jdbc.client()
                .sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 7))")
                .param("statements:" + incidentId)
                .query()
                .singleRow();
    }

    private boolean needsTwoPeople(UUID incidentId) {
        return jdbc.client()
                .sql("SELECT t.two_person_approval FROM incidents i JOIN incident_types t ON t.code = i.incident_type"
                        + " WHERE i.id = ?")
                .param(incidentId)
                .query(Boolean.class)
                .single();
    }

    private void markPublished(
            UUID id, int version, String by, Instant at, String msgType, List<UUID> references, boolean isPublic) {
        jdbc.client()
                .sql("UPDATE statements SET published_version = ?, published_by = ?, published_at = ?, msg_type = ?,"
                        + " reference_ids = ?::uuid[], public = ? WHERE id = ?")
                .params(version, by, Timestamp.from(at), msgType, references.toArray(UUID[]::new), isPublic, id)
                .update();
    }

    private StatementPublished event(StatementView view, Instant at) {
        StatementView.Version published = view.versions().get(view.versions().size() - 1);
        LanguageText first = published.texts().get(0);
        return new StatementPublished(
                "StatementPublished",
                1,
                UUID.randomUUID(),
                at,
                view.incidentId(),
                view.exercise(),
                view.id(),
                published.version(),
                view.msgType(),
                published.headline(),
                first.text(),
                first.language(),
                view.publishedBy(),
                view.references());
    }

    private void outbox(StatementPublished event) {
        outbox.append(
                new OutboxMessage(topics.incidents(), event.incidentId().toString(), json.writeValueAsString(event)));
    }
}
