package io.muster.gateway.spool;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The webhook spool ({@code muster.gateway.spool.*}).
 *
 * @param enabled whether webhooks are spooled while the database is unreachable (off: refused with 503, as before)
 * @param directory this instance's own spool directory (locked while the instance runs: never share one)
 * @param maxSize how much the spool may hold; past it webhooks are refused with 503 and Retry-After again
 * @param replayInterval how often the replayer looks for spooled webhooks and, during an outage, tries again
 * @param replayConcurrency how many spooled webhooks are replayed at once (submitted in arrival order)
 */
@Validated
@ConfigurationProperties("muster.gateway.spool")
record SpoolProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("spool") @NotNull Path directory,
        @DefaultValue("256MB") @NotNull DataSize maxSize,
        @DefaultValue("1s") @NotNull Duration replayInterval,
        @DefaultValue("32") @Min(1) int replayConcurrency) {}
