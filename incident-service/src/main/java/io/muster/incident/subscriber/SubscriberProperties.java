package io.muster.incident.subscriber;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Subscribers of the public status page. {@code secret} signs the confirmation and unsubscribe
 * links: set it from the environment ({@code MUSTER_SUBSCRIBERS_SECRET}), at least 32 random
 * characters, the same on every instance; without it the service does not start (a secret made up at
 * start would break every link at the next restart). To rotate it, move the old secret to
 * {@code previousSecrets} ({@code MUSTER_SUBSCRIBERS_PREVIOUS_SECRETS}, comma-separated): links it
 * signed keep working, new links are signed with {@code secret}. {@code from} is the sender of their
 * mails. Sign-ups are limited per address and per client IP within {@code rateWindow}. The mail
 * queue is polled every {@code pollInterval}; a failed mail is retried after
 * {@code retryAfter} × attempts, up to {@code maxAttempts}.
 */
@Validated
@ConfigurationProperties("muster.subscribers")
public record SubscriberProperties(
        @DefaultValue("")
                @NotBlank(message = "must be set (MUSTER_SUBSCRIBERS_SECRET): it signs subscriber links")
                @Size(min = 32, message = "must be at least 32 characters: a random secret, never a word")
                String secret,
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
        @DefaultValue("1m") @NotNull Duration retryAfter,
        @DefaultValue
                List<
                                @NotBlank
                                @Size(
                                        min = 32,
                                        message = "must be at least 32 characters: a random secret, never a word")
                                String>
                        previousSecrets) {

    @Override
    public String toString() {
        return "SubscriberProperties[secret=<redacted>, previousSecrets=<" + previousSecrets.size()
                + " redacted>, from=" + from + "]";
    }
}
