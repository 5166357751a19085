package io.muster.incident.accountability;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Reminders to non-responders: whether this instance fires scheduled reminders, how often it looks
 * for due ones, and the shortest schedule an incident may ask for.
 */
@Validated
@ConfigurationProperties("muster.accountability")
public record AccountabilityProperties(
        @DefaultValue("true") boolean remindersEnabled,
        @DefaultValue("1s") @NotNull Duration tickInterval,
        @DefaultValue("1m") @NotNull Duration minReminderEvery,
        @DefaultValue("24h") @NotNull Duration maxReminderEvery) {}
