package io.muster.incident.progress;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The curve's targets and resolution.
 *
 * @param reachedTarget the percentage of the targeted people the response aims to reach, drawn as a line
 * @param answeredTarget the percentage it aims to have answered (e.g. 90 % of a roll call)
 * @param maxBuckets the most equal-width time buckets a curve is cut into, from the declaration to now or the close
 */
@Validated
@ConfigurationProperties("muster.progress")
record ProgressProperties(
        @DefaultValue("95") @Min(1) @Max(100) int reachedTarget,
        @DefaultValue("90") @Min(1) @Max(100) int answeredTarget,
        @DefaultValue("120") @Min(1) @Max(1000) int maxBuckets) {}
