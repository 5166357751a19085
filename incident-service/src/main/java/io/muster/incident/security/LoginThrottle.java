package io.muster.incident.security;

import io.muster.incident.storage.Jdbc;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Throttles password logins with {@link RateCounters}: an attempt is counted before its password is
 * checked (so concurrent guesses cannot all pass before the first failure counts) and given back
 * when the password was right. Failures count per username and per client address; from an address
 * where the login has signed in before, only per (username, address), so nobody elsewhere can lock
 * a break-glass login out of its usual place. Blocking: call inside a {@link Jdbc} transaction.
 */
@Component
class LoginThrottle {

    /** The counters this attempt took, and how long to wait when it is over a limit. */
    record Reservation(List<String> keys, Optional<Duration> blockedFor) {}

    private final RateCounters counters;
    private final Jdbc jdbc;
    private final LoginProperties properties;
    private final Clock clock;

    LoginThrottle(RateCounters counters, Jdbc jdbc, LoginProperties properties, Clock clock) {
        this.counters = counters;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    Reservation reserve(String username, String address) {
        if (isKnown(username, address)) {
            String pair = key("pair", username.toLowerCase(Locale.ROOT) + "\n" + address);
            var count = counters.take(pair, properties.maxFailuresPerUsername(), properties.lockout(), true);
            return new Reservation(List.of(pair), wait(count, properties.maxFailuresPerUsername()));
        }
        String user = userKey(username);
        String client = key("address", address);
        var byUser = counters.take(user, properties.maxFailuresPerUsername(), properties.lockout(), true);
        var byAddress = counters.take(client, properties.maxFailuresPerAddress(), properties.lockout(), true);
        Optional<Duration> wait = longest(
                wait(byUser, properties.maxFailuresPerUsername()), wait(byAddress, properties.maxFailuresPerAddress()));
        return new Reservation(List.of(user, client), wait);
    }

    /**
     * A good password: the username's failures are cleared (not the address's, so that one known
     * account cannot reset an address: only this attempt is given back), and the address becomes known.
     */
    void succeeded(String username, String address, Reservation reservation) {
        for (String key : reservation.keys()) {
            if (key.startsWith("address:")) {
                counters.giveBack(key);
            } else {
                counters.clear(key);
            }
        }
        counters.clear(userKey(username));
        jdbc.client()
                .sql(
                        """
                        INSERT INTO login_known_addresses (username, address, last_signed_in_at) VALUES (?, ?, ?)
                        ON CONFLICT (username, address) DO UPDATE SET last_signed_in_at = excluded.last_signed_in_at
                        """)
                .params(username, address, Timestamp.from(clock.instant()))
                .update();
    }

    private boolean isKnown(String username, String address) {
        if (!AppUsers.plausible(username)) {
            return false;
        }
        return jdbc.client()
                .sql("SELECT EXISTS (SELECT 1 FROM login_known_addresses WHERE username = ? AND address = ?"
                        + " AND last_signed_in_at > ?)")
                .params(username, address, Timestamp.from(clock.instant().minus(properties.knownAddressFor())))
                .query(Boolean.class)
                .single();
    }

    private Optional<Duration> wait(RateCounters.Count count, int limit) {
        return count.within(limit) ? Optional.empty() : Optional.of(RateCounters.until(count.windowEndsAt(), clock));
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
    }

    private static String userKey(String username) {
        return key("user", username.toLowerCase(Locale.ROOT));
    }

    private static String key(String kind, String value) {
        return RateCounters.key(kind, value);
    }
}
