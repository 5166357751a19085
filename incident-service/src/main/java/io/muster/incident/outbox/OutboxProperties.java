package io.muster.incident.outbox;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** How often the relay looks for unpublished rows, and how many it takes per transaction. */
@Validated
@ConfigurationProperties("muster.outbox")
record OutboxProperties(
        @DefaultValue("100ms") @NotNull Duration pollInterval, @DefaultValue("5000") @Min(1) int batchSize) {}
