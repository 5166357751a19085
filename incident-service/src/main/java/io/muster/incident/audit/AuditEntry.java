package io.muster.incident.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail.
 *
 * @param actor the login that acted, or {@code system} / {@code person:<id>} for automatic and
 *     employee actions
 * @param action what happened, an upper-case verb phrase such as {@code INCIDENT_DECLARED}
 * @param subject what it happened to (a person, task or statement id), if not the incident itself
 * @param details small facts worth keeping (never secrets or whole phone numbers)
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        @Nullable UUID incidentId,
        String actor,
        String action,
        @Nullable String subject,
        Map<String, Object> details) {}
