package io.muster.notifier.twilio;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How to reach Twilio.
 *
 * @param authToken secret: comes from the environment in production and is never logged
 * @param baseUrl when set (local stack, tests), every request goes to this host over plain HTTP
 *     instead of api.twilio.com
 * @param responseTimeout how long to wait for Twilio's answer; past it the call is ambiguous
 * @param maxConnections pooled connections to Twilio, sized for throughput (at least the SMS bulkhead)
 * @param smsPerSecond the account's SMS sending rate: the twilio-sms rate limiters' limit per second
 * @param callsPerSecond the account's outbound call rate: the twilio-voice rate limiters' limit
 * @param secondary optional second account (or base URL), used while the primary's circuit is open
 */
@Validated
@ConfigurationProperties("muster.twilio")
public record TwilioProperties(
        @NotBlank String accountSid,
        @NotBlank String authToken,
        @NotBlank String fromNumber,
        @Nullable URI baseUrl,
        @DefaultValue("5s") @NotNull Duration connectTimeout,
        @DefaultValue("15s") @NotNull Duration responseTimeout,
        @DefaultValue("200") @Min(1) int maxConnections,
        @DefaultValue("2000") @Min(1) int smsPerSecond,
        @DefaultValue("10") @Min(1) int callsPerSecond,
        @Valid @Nullable Secondary secondary) {

    /** A second Twilio account, configured like the first. */
    public record Secondary(
            @NotBlank String accountSid,
            @NotBlank String authToken,
            @NotBlank String fromNumber,
            @Nullable URI baseUrl) {

        @Override
        public String toString() {
            return "Secondary[accountSid=" + accountSid + ", authToken=****, baseUrl=" + baseUrl + "]";
        }
    }

    /** Keeps the auth tokens out of logs and error messages. */
    @Override
    public String toString() {
        return "TwilioProperties[accountSid=" + accountSid + ", authToken=****, fromNumber=" + fromNumber + ", baseUrl="
                + baseUrl + ", secondary=" + secondary + "]";
    }
}
