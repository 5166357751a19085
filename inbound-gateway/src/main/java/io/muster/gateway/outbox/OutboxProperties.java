package io.muster.gateway.outbox;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's outbox relay ({@code muster.gateway.outbox.*}).
 *
 * @param pollInterval how often the relay looks for rows besides being woken by a new one (rows left
 *     by a crashed instance, rows that waited out a broker outage)
 * @param batchSize rows sent per transaction
 * @param ackTimeout how long the relay waits for the broker's acknowledgements before it gives the
 *     batch back (it is sent again on the next tick)
 */
@Validated
@ConfigurationProperties("muster.gateway.outbox")
record OutboxProperties(
        @DefaultValue("200ms") @NotNull Duration pollInterval,
        @DefaultValue("500") @Min(1) int batchSize,
        @DefaultValue("10s") @NotNull Duration ackTimeout) {}
