package io.muster.incident.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed password logins per username and per client address, in memory (per instance: a
 * cluster of n instances allows at most n times the limit, still far too few for guessing).
 */
@Component
class LoginAttempts {

    private record Series(int failures, Instant endsAt) {}

    private final ConcurrentHashMap<String, Series> series = new ConcurrentHashMap<>();
    private final LoginProperties properties;
    private final Clock clock;

    LoginAttempts(LoginProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long the caller must wait before trying again; empty when they may try now. */
    Optional<Duration> blockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration user = blockedFor(userKey(username), properties.maxFailuresPerUsername(), now);
        Duration client = blockedFor(addressKey(address), properties.maxFailuresPerAddress(), now);
        Duration longest = user.compareTo(client) >= 0 ? user : client;
        return longest.isPositive() ? Optional.of(longest) : Optional.empty();
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        count(userKey(username), properties.maxFailuresPerUsername(), now);
        count(addressKey(address), properties.maxFailuresPerAddress(), now);
    }

    /** A good password clears the username's failures (not the address's: one known account must not reset it). */
    void succeeded(String username) {
        series.remove(userKey(username));
    }

    private Duration blockedFor(String key, int limit, Instant now) {
        Series found = series.get(key);
        if (found == null || found.failures() < limit || !found.endsAt().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, found.endsAt());
    }

    private void count(String key, int limit, Instant now) {
        if (!series.containsKey(key) && !roomFor(now)) {
            return;
        }
        series.compute(key, (k, old) -> {
            if (old == null || !old.endsAt().isAfter(now)) {
                return new Series(1, now.plus(properties.lockout()));
            }
            int failures = old.failures() + 1;
            // Reaching the limit locks for the whole lockout from now, not just the rest of the series.
            return new Series(failures, failures >= limit ? now.plus(properties.lockout()) : old.endsAt());
        });
    }

    private boolean roomFor(Instant now) {
        if (series.size() < properties.maxTracked()) {
            return true;
        }
        series.values().removeIf(s -> !s.endsAt().isAfter(now));
        return series.size() < properties.maxTracked();
    }

    private static String userKey(String username) {
        String normal = username.toLowerCase(Locale.ROOT);
        return "user:" + (normal.length() > 200 ? normal.substring(0, 200) : normal);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
