package io.muster.incident.accountability;

import io.muster.incident.escalation.EscalationStops;
import io.muster.incident.facts.IncidentFactsStore;
import io.muster.incident.storage.Jdbc;
import io.muster.incident.web.InvalidFields;
import io.muster.incident.web.UnknownReferences;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * HR or a commander sets a person's state on their behalf: recorded like any answer (channel and
 * source OPERATOR, the login as actor, the comment), audited as STATE_SET_ON_BEHALF, and the
 * person's escalation stops in the same transaction.
 */
@Component
class OnBehalfUpdates {

    private final Jdbc jdbc;
    private final IncidentFactsStore incidents;
    private final Answers answers;
    private final EscalationStops escalation;
    private final Clock clock;

    OnBehalfUpdates(Jdbc jdbc, IncidentFactsStore incidents, Answers answers, EscalationStops escalation, Clock clock) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.answers = answers;
        this.escalation = escalation;
        this.clock = clock;
    }

    Mono<UUID> set(UUID incident, UUID person, SetOnBehalf update, String operator) {
        if (!update.state().isAnswer()) {
            return Mono.error(invalid("state", "must be SAFE, NEEDS_HELP or AT_ALTERNATE_SITE"));
        }
        if (update.siteId() != null && update.state() != State.AT_ALTERNATE_SITE) {
            return Mono.error(invalid("siteId", "only an AT_ALTERNATE_SITE update names a site"));
        }
        return jdbc.transactional(() -> store(incident, person, update, operator));
    }

    private UUID store(UUID incident, UUID person, SetOnBehalf update, String operator) {
        incidents.require(incident);
        requireSite(update.siteId());
        UUID notification = jdbc.client()
                .sql("SELECT notification_id FROM recipients WHERE incident_id = ? AND person_id = ?")
                .param(incident)
                .param(person)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new RecipientNotFound(incident, person));
        var answer = new Answer(
                UUID.randomUUID(),
                notification,
                update.state(),
                update.siteId(),
                null,
                "OPERATOR",
                Source.OPERATOR,
                operator,
                true,
                update.comment().strip(),
                null,
                false,
                clock.instant());
        answers.record(new Answerer(notification, incident, person), answer);
        escalation.answered(notification);
        return notification;
    }

    private void requireSite(@org.jspecify.annotations.Nullable UUID site) {
        if (site != null
                && jdbc.client()
                                .sql("SELECT count(*) FROM sites WHERE id = ?")
                                .param(site)
                                .query(Long.class)
                                .single()
                        == 0) {
            throw new UnknownReferences("unknown-sites", "Unknown sites", "unknownSiteIds", List.of(site));
        }
    }

    private static InvalidFields invalid(String field, String message) {
        return new InvalidFields(List.of(new InvalidFields.FieldError(field, message)));
    }
}
