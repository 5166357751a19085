package io.muster.simulator.twilio;

import io.muster.simulator.WebhookFailure;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How one webhook is sent and retried, as Twilio's connection overrides say: a URL fragment such as
 * {@code #rc=3&rp=5xx,ct&tt=12000} overrides the defaults for that URL (connect timeout {@code ct}, read
 * timeout {@code rt}, total time of every try {@code tt}, all in ms; retry count {@code rc}; retry policy
 * {@code rp}: {@code ct} no connection, {@code rt} no answer in time, {@code 4xx}, {@code 5xx}, {@code all}).
 * Values outside Twilio's ranges are clamped to them; unknown keys ({@code e}, {@code sni}) are ignored.
 */
public record ConnectionOverrides(
        Duration connectTimeout,
        Duration readTimeout,
        Duration totalTime,
        int retryCount,
        Set<WebhookFailure> retryOn) {

    /** Twilio's documented defaults: one retry, only when the connection could not be made, within 15 s. */
    public static final ConnectionOverrides TWILIO_DEFAULTS = new ConnectionOverrides(
            Duration.ofSeconds(5),
            Duration.ofSeconds(15),
            Duration.ofSeconds(15),
            1,
            EnumSet.of(WebhookFailure.CONNECT));

    private static final Logger log = LoggerFactory.getLogger(ConnectionOverrides.class);

    public ConnectionOverrides {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(totalTime, "totalTime");
        retryOn = retryOn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(retryOn));
        if (retryCount < 0) {
            throw new IllegalArgumentException("retryCount must not be negative");
        }
    }

    /** These settings with a fragment's overrides applied, e.g. {@code rc=2&rp=5xx,ct}. */
    public ConnectionOverrides with(String fragment) {
        ConnectionOverrides result = this;
        if (fragment == null || fragment.isBlank()) {
            return result;
        }
        for (String pair : fragment.split("&")) {
            String[] kv = pair.split("=", 2);
            try {
                result = result.withOne(kv[0].strip().toLowerCase(Locale.ROOT), kv.length == 2 ? kv[1].strip() : "");
            } catch (IllegalArgumentException e) {
                log.warn("Ignoring the connection override '{}': {}", pair, e.getMessage());
            }
        }
        return result;
    }

    /** Whether a try that failed this way is tried again (retries left and time permitting). */
    public boolean retries(WebhookFailure failure) {
        return retryOn.contains(failure);
    }

    /** No retries at all, whatever a URL asks for; the timeouts stay. */
    public ConnectionOverrides withoutRetries() {
        return new ConnectionOverrides(connectTimeout, readTimeout, totalTime, 0, Set.of());
    }

    private ConnectionOverrides withOne(String key, String value) {
        return switch (key) {
            case "ct" ->
                new ConnectionOverrides(millis(value, 100, 10_000), readTimeout, totalTime, retryCount, retryOn);
            case "rt" ->
                new ConnectionOverrides(connectTimeout, millis(value, 100, 15_000), totalTime, retryCount, retryOn);
            case "tt" ->
                new ConnectionOverrides(connectTimeout, readTimeout, millis(value, 100, 15_000), retryCount, retryOn);
            case "rc" ->
                new ConnectionOverrides(
                        connectTimeout, readTimeout, totalTime, (int) clamp(Long.parseLong(value), 0, 5), retryOn);
            case "rp" -> new ConnectionOverrides(connectTimeout, readTimeout, totalTime, retryCount, policy(value));
            default -> this;
        };
    }

    private static Duration millis(String value, long min, long max) {
        return Duration.ofMillis(clamp(Long.parseLong(value), min, max));
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }

    private static Set<WebhookFailure> policy(String value) {
        Set<WebhookFailure> failures = EnumSet.noneOf(WebhookFailure.class);
        for (String token : value.split(",")) {
            switch (token.strip().toLowerCase(Locale.ROOT)) {
                case "ct" -> failures.add(WebhookFailure.CONNECT);
                case "rt" -> failures.add(WebhookFailure.READ);
                case "4xx" -> failures.add(WebhookFailure.STATUS_4XX);
                case "5xx" -> failures.add(WebhookFailure.STATUS_5XX);
                case "all" -> failures.addAll(EnumSet.allOf(WebhookFailure.class));
                default -> throw new IllegalArgumentException("unknown retry policy " + token);
            }
        }
        return failures;
    }
}
