package io.muster.incident.exercise;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The drill scheduler.
 *
 * @param tickInterval how often each instance looks for due drills
 * @param minRecurrence the shortest recurrence a drill may have (a drill every minute is a mistake)
 */
@Validated
@ConfigurationProperties("muster.exercises")
record ExerciseProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5s") @NotNull Duration tickInterval,
        @DefaultValue("1h") @NotNull Duration minRecurrence) {}
