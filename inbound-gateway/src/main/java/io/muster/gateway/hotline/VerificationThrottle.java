package io.muster.gateway.hotline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Counts proofs of identity per key (a claimed person, a calling number) in PostgreSQL, so every instance shares
 * the count. An attempt is counted before its proof is checked, in one atomic statement per key: calls guessing
 * at once each see the others' attempts, and at most the limit are ever checked. A right proof gives its attempt
 * back. Anything that keeps the count from being read refuses the proof (the error ends the call's webhook).
 */
@Repository
class VerificationThrottle {

    /** One key and how many failures it may have in a window. */
    record Key(String name, int limit) {

        static Key person(Object personId, int limit) {
            return new Key("person:" + personId, limit);
        }

        static Key number(String callerNumber, int limit) {
            return new Key("number:" + callerNumber, limit);
        }
    }

    private final DatabaseClient db;
    private final HotlineProperties properties;
    private final Clock clock;

    VerificationThrottle(DatabaseClient db, HotlineProperties properties, Clock clock) {
        this.db = db;
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts an attempt on every key; true when any of them is past its limit (the proof is then refused). */
    Mono<Boolean> attempt(List<Key> keys) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(properties.verification().window());
        return Flux.fromIterable(keys)
                .concatMap(key -> count(key, now, windowStart).map(failures -> failures > key.limit()))
                .reduce(false, Boolean::logicalOr);
    }

    /** A right proof: its attempt is given back on every key (and a person's failures are forgotten). */
    Mono<Void> succeeded(List<Key> keys) {
        return Flux.fromIterable(keys)
                .concatMap(key -> db.sql(
                                key.name().startsWith("person:")
                                        ? "delete from hotline_verification_failures where key = :key"
                                        : "update hotline_verification_failures set failures = greatest(failures - 1, 0)"
                                                + " where key = :key")
                        .bind("key", key.name())
                        .then())
                .then();
    }

    private Mono<Integer> count(Key key, Instant now, Instant windowStart) {
        return db.sql(
                        """
                        insert into hotline_verification_failures as f (key, failures, window_started_at, last_failed_at)
                        values (:key, 1, :now, :now)
                        on conflict (key) do update set
                            failures = case when f.window_started_at < :start then 1 else f.failures + 1 end,
                            window_started_at = case when f.window_started_at < :start then :now
                                else f.window_started_at end,
                            last_failed_at = :now
                        returning failures""")
                .bind("key", key.name())
                .bind("now", now)
                .bind("start", windowStart)
                .map(row -> row.get("failures", Integer.class))
                .one();
    }
}
