package io.muster.incident.facts;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Incidents' answers and declarations.
 *
 * @param replyWindow how long each request can be answered in time after it was issued (its
 *     {@code expiresAt}); a later answer to an open incident still counts, marked late
 * @param codeReuseAfter how long a closed incident keeps its reply codes from newer incidents of the
 *     same people; must exceed the gateway's {@code muster.gateway.correlation.late-answer-window} (7d),
 *     so that a late answer naming a closed incident's code can never reach a newer one
 * @param repeatedDeclarationWindow an identical declaration by the same login within this time is
 *     taken as a retry and answered with the first incident (no second alert)
 * @param idempotencyKeyLifetime how long an {@code Idempotency-Key} of a declaration is remembered
 */
@Validated
@ConfigurationProperties("muster.incidents")
public record IncidentsProperties(
        @DefaultValue("24h") @NotNull Duration replyWindow,
        @DefaultValue("8d") @NotNull Duration codeReuseAfter,
        @DefaultValue("60s") @NotNull Duration repeatedDeclarationWindow,
        @DefaultValue("24h") @NotNull Duration idempotencyKeyLifetime) {}
