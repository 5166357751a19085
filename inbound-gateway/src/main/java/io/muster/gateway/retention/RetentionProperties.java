package io.muster.gateway.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the gateway keeps what it records about each delivery ({@code muster.gateway.retention}).
 *
 * @param payloads raw webhook and mail payloads (numbers, message texts, keys pressed) in the inbound and hotline
 *     logs; blanked after this, the rows themselves stay
 * @param replayProtection how long the key of a delivery (provider message id, call and prompt) is remembered, so
 *     that a replayed webhook is a no-op; rows are deleted after this. Keep it longer than the period in which the
 *     provider's auth token is rotated: a replay older than this, signed with a token still accepted, would be
 *     taken as new
 * @param workingData the hotline's directory rows and proof-of-identity counts; deleted after this (it must exceed
 *     {@code muster.hotline.lookback} and {@code muster.hotline.verification.window})
 * @param interval how often the job runs (every instance runs it; they share the rows, never the same row)
 * @param batchSize rows per statement, so no run holds a long lock
 */
@Validated
@ConfigurationProperties("muster.gateway.retention")
public record RetentionProperties(
        @DefaultValue("90d") Duration payloads,
        @DefaultValue("400d") Duration replayProtection,
        @DefaultValue("30d") Duration workingData,
        @DefaultValue("1h") Duration interval,
        @Min(1) @Max(100_000) @DefaultValue("1000") int batchSize) {}
