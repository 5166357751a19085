package io.muster.incident.incidentrole;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.kafka.TopicsProperties;
import io.muster.incident.outbox.Outbox;
import io.muster.incident.outbox.OutboxMessage;
import io.muster.incident.outbox.OutboxRelay;
import io.muster.incident.storage.Jdbc;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives an incident role to a login: the previous holder's assignment ends and the new one starts
 * in one transaction, with its audit entry and, for the spokesperson, a SpokespersonDesignated event.
 */
@Component
class IncidentRoleHandover {

    private final Jdbc jdbc;
    private final IncidentRoleAssignments assignments;
    private final IncidentRoles roles;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final TopicsProperties topics;
    private final JsonMapper json;
    private final Clock clock;

    IncidentRoleHandover(
            Jdbc jdbc,
            IncidentRoleAssignments assignments,
            IncidentRoles roles,
            AuditTrail audit,
            Outbox outbox,
            OutboxRelay relay,
            TopicsProperties topics,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.assignments = assignments;
        this.roles = roles;
        this.audit = audit;
        this.outbox = outbox;
        this.relay = relay;
        this.topics = topics;
        this.json = json;
        this.clock = clock;
    }

    Mono<Map<IncidentRole, String>> assign(UUID incidentId, IncidentRole role, String username, String by) {
        return jdbc.transactional(() -> assignNow(incidentId, role, username, by))
                .doOnSuccess(done -> relay.wake());
    }

    private Map<IncidentRole, String> assignNow(UUID incidentId, IncidentRole role, String username, String by) {
        assignments.lock(incidentId);
        var declaration = assignments.declaration(incidentId);
        requireSuitable(username, role);
        String previous = roles.holder(incidentId, role).orElse(null);
        if (Objects.equals(previous, username)) {
            return roles.current(incidentId);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (role == IncidentRole.COMMANDER && noCommanderRow(incidentId)) {
            // the declarer's implicit command becomes a row of its own, so the history shows it ending
            assignments.insert(incidentId, IncidentRoleAssignments.implicitCommand(declaration));
        }
        assignments.end(incidentId, role, by, now);
        assignments.insert(incidentId, new RoleAssignment(role, username, by, now, null, null));
        audit(incidentId, role, username, previous, by);
        if (role == IncidentRole.SPOKESPERSON) {
            publish(SpokespersonDesignated.of(incidentId, declaration.exercise(), username, by, now));
        }
        return roles.current(incidentId);
    }

    private void audit(UUID incidentId, IncidentRole role, String username, @Nullable String previous, String by) {
        Map<String, Object> details = new HashMap<>(Map.of("role", role.name(), "username", username));
        if (previous != null) {
            details.put("previous", previous);
        }
        audit.record(incidentId, by, "ROLE_ASSIGNED", username, details);
    }

    private void requireSuitable(String username, IncidentRole role) {
        String[] loginRoles = jdbc.client()
                .sql("SELECT roles FROM app_users WHERE username = ?")
                .param(username)
                .query((rs, n) -> (String[]) rs.getArray("roles").getArray())
                .optional()
                .orElseThrow(() -> new IncidentRoleProblems.UnknownUser(username));
        if (!role.suits(Set.of(loginRoles))) {
            throw new IncidentRoleProblems.UnsuitableHolder(username, role);
        }
    }

    private boolean noCommanderRow(UUID incidentId) {
        return jdbc.client()
                        .sql(
                                "SELECT count(*) FROM incident_role_assignments WHERE incident_id = ? AND role = 'COMMANDER'")
                        .param(incidentId)
                        .query(Long.class)
                        .single()
                == 0;
    }

    private void publish(SpokespersonDesignated event) {
        outbox.append(
                new OutboxMessage(topics.incidents(), event.incidentId().toString(), json.writeValueAsString(event)));
    }
}
