package io.muster.incident.escalation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the escalation engine runs: how often it looks for due timers and how many it takes per
 * transaction, the step timeout of incidents declared without a call tree, when a timer counts as
 * overdue for the auditor.
 */
@Validated
@ConfigurationProperties("muster.escalation")
public record EscalationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("500ms") @NotNull Duration tickInterval,
        @DefaultValue("1000") @Min(1) int batchSize,
        @DefaultValue("5m") @NotNull Duration defaultStepTimeout,
        @DefaultValue("1m") @NotNull Duration overdueAfter,
        @DefaultValue("30s") @NotNull Duration auditInterval) {}
