package io.muster.gateway.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How password guessing on the operator API is slowed ({@code muster.gateway.operator-logins}).
 *
 * @param maxFailuresPerUsername failed logins for one user name before it is refused, right password or not
 * @param maxFailuresPerAddress failed logins from one client address, whatever the user names
 * @param lockout failures count for this long after the first; a name or address at its limit stays refused until
 *     then
 * @param buckets the fixed memory the counts live in: user names and addresses share buckets by a keyed hash, so
 *     the table never fills up (a shared bucket only makes the limit stricter)
 */
@Validated
@ConfigurationProperties("muster.gateway.operator-logins")
public record OperatorLoginsProperties(
        @Min(1) @DefaultValue("5") int maxFailuresPerUsername,
        @Min(1) @DefaultValue("50") int maxFailuresPerAddress,
        @DefaultValue("5m") Duration lockout,
        @Min(64) @Max(16_777_216) @DefaultValue("65536") int buckets) {}
