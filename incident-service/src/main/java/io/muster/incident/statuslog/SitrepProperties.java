package io.muster.incident.statuslog;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** How often the sitrep reminder timers are checked, and how many are taken per check. */
@Validated
@ConfigurationProperties("muster.sitreps")
record SitrepProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10s") @NotNull Duration tickInterval,
        @DefaultValue("100") @Min(1) int batchSize) {}
