package io.muster.incident.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Password logins: throttling, the short memory of verified credentials, and the pool that hashes.
 *
 * @param maxFailuresPerUsername failed logins for one username before it is locked
 * @param maxFailuresPerAddress failed logins from one client address, whatever the usernames
 * @param lockout how long failures count after the first, and how long a reached limit locks
 * @param knownAddressFor how long an address where a login signed in stays known for it: from
 *     there, that login's own failures count (per username and address), never anyone else's
 * @param verifiedFor how long a verified username and password are remembered (by a keyed hash,
 *     in memory), so that repeated requests do not each cost a password hash; 0 turns it off
 * @param verifiedMax how many verified credentials are remembered at most
 * @param hashingThreads the threads that compare password hashes; 0 means half the cores (at least one)
 * @param hashingQueue how many comparisons may wait for a thread; more answer 503
 */
@Validated
@ConfigurationProperties("muster.security.login")
record LoginProperties(
        @DefaultValue("5") @Min(1) int maxFailuresPerUsername,
        @DefaultValue("50") @Min(1) int maxFailuresPerAddress,
        @DefaultValue("5m") @NotNull Duration lockout,
        @DefaultValue("90d") @NotNull Duration knownAddressFor,
        @DefaultValue("60s") @NotNull Duration verifiedFor,
        @DefaultValue("10000") @Min(0) int verifiedMax,
        @DefaultValue("0") @Min(0) int hashingThreads,
        @DefaultValue("200") @Min(1) int hashingQueue) {

    int threads() {
        return hashingThreads > 0
                ? hashingThreads
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
