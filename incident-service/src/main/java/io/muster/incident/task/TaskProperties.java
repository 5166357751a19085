package io.muster.incident.task;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Tasks: whether this instance sends overdue reminders and how often it looks; who owns the
 * automatic "needs help" task (a directory role; none if it does not exist) and when it is due.
 */
@Validated
@ConfigurationProperties("muster.tasks")
public record TaskProperties(
        @DefaultValue("true") boolean remindersEnabled,
        @DefaultValue("1s") @NotNull Duration tickInterval,
        @DefaultValue("Incident Team") @Nullable String helpTaskOwnerRole,
        @DefaultValue("15m") @NotNull Duration helpTaskDue) {}
