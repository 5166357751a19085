package io.muster.incident.security;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Remembers, for {@code verified-for} (a minute), that a username and password were right, so that
 * a client sending Basic credentials on every request pays for one password hash, not one each.
 * Entries are keyed by HMAC-SHA256 under a random key of this process (the password itself is never
 * kept); concurrent requests with the same credentials share one check; a failed check is not kept.
 *
 * <p>A remembered login is used only while its row in the database is what it was when the password
 * was checked (the same hash, roles and person, still enabled: {@link AppUsers.AppUser#stamp()}), which
 * one primary-key read confirms per request: a login disabled, reset or given other roles on any
 * instance stops working on every instance at once, not after {@code verified-for}. Here, {@link
 * #forget} also drops it from memory.
 */
@Component
public class VerifiedCredentials {

    /** A login whose password was right, and the stamp of its row at that moment. */
    record Verified(Authentication login, String stamp) {}

    private final AsyncCache<String, Verified> verified;
    private final SecretKeySpec key;
    private final boolean enabled;

    VerifiedCredentials(LoginProperties properties) {
        this.enabled = properties.verifiedFor().isPositive() && properties.verifiedMax() > 0;
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(enabled ? properties.verifiedFor() : Duration.ofSeconds(1))
                .maximumSize(properties.verifiedMax())
                .buildAsync();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /**
     * The remembered login for these credentials if the login's row still has the stamp it had when they
     * were checked ({@code current}: empty when the login is gone), or else the outcome of {@code check}
     * (remembered if it succeeds).
     */
    Mono<Authentication> get(
            String username,
            String password,
            Supplier<Mono<Verified>> check,
            Supplier<Mono<Optional<String>>> current) {
        if (!enabled) {
            return check.get().map(Verified::login);
        }
        String key = key(username, password);
        CompletableFuture<Verified> known = verified.getIfPresent(key);
        if (known == null || !known.isDone() || known.isCompletedExceptionally()) {
            return checked(key, check);
        }
        Verified remembered = known.join();
        return current.get().flatMap(stamp -> {
            if (stamp.filter(remembered.stamp()::equals).isPresent()) {
                return Mono.just(remembered.login());
            }
            // changed since (on this instance or another): check again, as if never remembered
            verified.asMap().remove(key, known);
            return checked(key, check);
        });
    }

    private Mono<Authentication> checked(String key, Supplier<Mono<Verified>> check) {
        // suppressCancel: one caller giving up must not cancel the check the others wait for.
        return Mono.fromFuture(verified.get(key, (k, executor) -> check.get().toFuture()), true)
                .map(Verified::login);
    }

    /** Forgets every remembered login of this username (disabled, new password, new roles). */
    public void forget(String username) {
        // Checks still running are dropped too: one might finish with what was true before the change.
        verified.asMap()
                .values()
                .removeIf(login -> !login.isDone()
                        || (!login.isCompletedExceptionally()
                                && login.join().login().getName().equals(username)));
    }

    private String key(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
