package io.muster.incident.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Password-login throttling. Failed logins count per username and per client address; once either
 * reaches its limit, further logins for it answer 429 until {@code lockout} after the last failure.
 * A failure counts for {@code lockout} after the first one of its series.
 *
 * @param maxTracked how many usernames and addresses are tracked at most (memory bound); when full,
 *     expired entries are dropped and new keys are not tracked until there is room again
 */
@Validated
@ConfigurationProperties("muster.security.login")
record LoginProperties(
        @DefaultValue("5") @Min(1) int maxFailuresPerUsername,
        @DefaultValue("50") @Min(1) int maxFailuresPerAddress,
        @DefaultValue("5m") @NotNull Duration lockout,
        @DefaultValue("100000") @Min(100) int maxTracked) {}
