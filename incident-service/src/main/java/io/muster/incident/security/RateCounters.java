package io.muster.incident.security;

import io.muster.incident.storage.Jdbc;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Counters of attempts per key and window, in PostgreSQL so that every instance shares them. Taking
 * one is a single upsert: concurrent attempts are counted one after the other, and the answer says
 * whether this one is still within the limit. Blocking JDBC: call inside a {@link Jdbc} transaction.
 */
@Component
public class RateCounters {

    /** The count after this attempt, and until when it holds. */
    public record Count(int count, Instant windowEndsAt) {

        public boolean within(int limit) {
            return count <= limit;
        }
    }

    // The count stops one past the limit; reaching the limit may restart the window from now (a lockout).
    private static final String TAKE =
            """
            INSERT INTO rate_counters AS c (key, count, window_ends_at) VALUES (?, 1, ?)
            ON CONFLICT (key) DO UPDATE SET
                count = CASE WHEN c.window_ends_at <= ? THEN 1 ELSE least(c.count + 1, ?) END,
                window_ends_at = CASE WHEN c.window_ends_at <= ? THEN excluded.window_ends_at
                                      WHEN ? AND c.count + 1 = ? THEN excluded.window_ends_at
                                      ELSE c.window_ends_at END
            RETURNING count, window_ends_at
            """;

    private final Jdbc jdbc;
    private final Clock clock;

    RateCounters(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts one attempt for {@code key}; a new window of {@code window} starts when none runs. With
     * {@code lockOnLimit}, the attempt that reaches {@code limit} restarts the window from now.
     */
    public Count take(String key, int limit, Duration window, boolean lockOnLimit) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp ends = Timestamp.from(clock.instant().plus(window));
        return jdbc.client()
                .sql(TAKE)
                .params(key, ends, now, limit + 1, now, lockOnLimit, limit)
                .query((rs, n) -> new Count(
                        rs.getInt("count"), rs.getTimestamp("window_ends_at").toInstant()))
                .single();
    }

    /** Takes back one attempt (a login that turned out to be good). */
    public void giveBack(String key) {
        jdbc.client()
                .sql("UPDATE rate_counters SET count = greatest(count - 1, 0) WHERE key = ?")
                .param(key)
                .update();
    }

    public void clear(String key) {
        jdbc.client().sql("DELETE FROM rate_counters WHERE key = ?").param(key).update();
    }

    /** Deletes the counters whose window has ended; answers how many. */
    int deleteExpired(Instant now, int batch) {
        return jdbc.client()
                .sql("DELETE FROM rate_counters WHERE key IN (SELECT key FROM rate_counters WHERE window_ends_at <= ?"
                        + " LIMIT ? FOR UPDATE SKIP LOCKED)")
                .params(Timestamp.from(now), batch)
                .update();
    }

    /** A counter's key: the kind and a SHA-256 of the value, fixed-length whatever a client sends. */
    public static String key(String kind, String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return kind + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static Duration until(Instant end, Clock clock) {
        Duration left = Duration.between(clock.instant(), end);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
