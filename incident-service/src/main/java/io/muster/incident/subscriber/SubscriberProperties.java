package io.muster.incident.subscriber;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Subscribers of the public status page. {@code secret} signs the confirmation and unsubscribe
 * links (set it from the environment, {@code MUSTER_SUBSCRIBERS_SECRET}, at least 32 characters;
 * when empty a random one is made at startup, so links die with the process); {@code from} is the sender of their
 * mails. Sign-ups are limited per address and per client IP within {@code rateWindow}. The mail
 * queue is polled every {@code pollInterval}; a failed mail is retried after
 * {@code retryAfter} × attempts, up to {@code maxAttempts}.
 */
@Validated
@ConfigurationProperties("muster.subscribers")
public record SubscriberProperties(
        @DefaultValue("") String secret,
        @DefaultValue("status@muster.example.org") @NotBlank String from,
        @DefaultValue("48h") @NotNull Duration confirmLinkValidity,
        @DefaultValue("3650d") @NotNull Duration unsubscribeLinkValidity,
        @DefaultValue("3") @Min(1) int perAddressLimit,
        @DefaultValue("20") @Min(1) int perIpLimit,
        @DefaultValue("1h") @NotNull Duration rateWindow,
        @DefaultValue("true") boolean mailerEnabled,
        @DefaultValue("1s") @NotNull Duration pollInterval,
        @DefaultValue("50") @Min(1) int batchSize,
        @DefaultValue("5") @Min(1) int maxAttempts,
        @DefaultValue("1m") @NotNull Duration retryAfter) {}
