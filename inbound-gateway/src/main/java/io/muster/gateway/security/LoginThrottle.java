package io.muster.gateway.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Failed operator logins counted per user name and per client address, in fixed memory: each key falls in a bucket
 * by a hash keyed with a secret drawn at start (nobody can aim at another's bucket), so the table can never be full
 * and stop counting (fail closed). An attempt is counted before its password is checked, atomically, so guesses
 * sent at once are all counted; a right password gives its attempt back (and clears its user name's failures,
 * not its address's, so one known account cannot wash an address clean).
 */
final class LoginThrottle {

    /**
     * A counted attempt: {@code retryAfter} is zero when its password may be checked, else how long its name or address
     * stays refused; {@code succeeded} gives the attempt back once the password was right.
     */
    record Attempt(Duration retryAfter, Runnable succeeded) {

        boolean refused() {
            return !retryAfter.isZero();
        }
    }

    private final Counts names;
    private final Counts addresses;
    private final OperatorLoginsProperties settings;
    private final Clock clock;
    private final SecretKeySpec key;

    LoginThrottle(OperatorLoginsProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.names = new Counts(settings.buckets());
        this.addresses = new Counts(settings.buckets());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Counts an attempt of {@code username} from {@code address} before its password is checked. */
    Attempt attempt(String username, String address) {
        Instant now = clock.instant();
        int name = bucket("u:" + username.toLowerCase(Locale.ROOT));
        int from = bucket("a:" + address);
        Duration nameWait = names.count(name, now, settings.maxFailuresPerUsername(), settings.lockout());
        Duration addressWait = addresses.count(from, now, settings.maxFailuresPerAddress(), settings.lockout());
        Duration wait = nameWait.compareTo(addressWait) >= 0 ? nameWait : addressWait;
        return new Attempt(wait, () -> {
            names.clear(name);
            addresses.giveBack(from);
        });
    }

    private int bucket(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(this.key);
            byte[] digest = mac.doFinal(key.getBytes(StandardCharsets.UTF_8));
            return Math.floorMod(ByteBuffer.wrap(digest).getInt(), settings.buckets());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Failures per bucket in a window that starts with the first failure. */
    private static final class Counts {

        private final int[] failures;
        private final long[] windowEnds;

        Counts(int size) {
            this.failures = new int[size];
            this.windowEnds = new long[size];
        }

        /** Counts one more attempt; the time left to wait when that puts the bucket past {@code limit}. */
        synchronized Duration count(int bucket, Instant now, int limit, Duration lockout) {
            if (windowEnds[bucket] <= now.toEpochMilli()) {
                failures[bucket] = 0;
                windowEnds[bucket] = now.plus(lockout).toEpochMilli();
            }
            failures[bucket]++;
            return failures[bucket] > limit
                    ? Duration.ofMillis(windowEnds[bucket] - now.toEpochMilli())
                    : Duration.ZERO;
        }

        synchronized void giveBack(int bucket) {
            failures[bucket] = Math.max(0, failures[bucket] - 1);
        }

        synchronized void clear(int bucket) {
            failures[bucket] = 0;
        }
    }
}
