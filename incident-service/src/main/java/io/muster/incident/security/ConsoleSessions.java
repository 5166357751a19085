package io.muster.incident.security;

import io.muster.incident.storage.Jdbc;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Session tokens of the console: 32 random bytes handed out once, only their SHA-256 kept. A token
 * is good until its expiry, sign-out, or a change to its login (disabled, new password, new roles).
 */
@Component
public class ConsoleSessions {

    /** A new session: the token (shown once) and when it ends. */
    public record Session(String token, Instant expiresAt) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbc jdbc;
    private final SessionProperties properties;
    private final Clock clock;

    ConsoleSessions(Jdbc jdbc, SessionProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts a session for the login (which must exist). */
    public Mono<Session> start(String username) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(properties.ttl());
        return jdbc.transactional(() -> jdbc.client()
                        .sql(
                                "INSERT INTO console_sessions (token_hash, username, created_at, expires_at) VALUES (?, ?, ?, ?)")
                        .params(hash(token), username, Timestamp.from(now), Timestamp.from(expires))
                        .update())
                .thenReturn(new Session(token, expires));
    }

    /** Ends the session of this token (nothing when there is none). */
    public Mono<Void> end(String token) {
        return jdbc.transactional(() -> jdbc.client()
                        .sql("DELETE FROM console_sessions WHERE token_hash = ?")
                        .param(hash(token))
                        .update())
                .then();
    }

    /** Ends every session of the login; blocking, for the transaction that changes the login. */
    public void endAll(String username) {
        jdbc.client()
                .sql("DELETE FROM console_sessions WHERE username = ?")
                .param(username)
                .update();
    }

    /** The login of a live session of an enabled login, if the token is one. */
    Mono<MusterUser> user(String token) {
        return jdbc.transactional(() -> jdbc.client()
                        .sql(
                                """
                                SELECT u.username, u.roles, u.person_id FROM console_sessions s JOIN app_users u USING (username)
                                WHERE s.token_hash = ? AND s.expires_at > ? AND NOT u.disabled
                                """)
                        .params(hash(token), Timestamp.from(clock.instant()))
                        .query((rs, n) -> new AppUsers.AppUser(
                                        rs.getString("username"),
                                        "",
                                        (String[]) rs.getArray("roles").getArray(),
                                        rs.getObject("person_id", UUID.class),
                                        false)
                                .toUser())
                        .optional())
                .flatMap(Mono::justOrEmpty);
    }

    int deleteExpired(Instant now, int batch) {
        return jdbc.client()
                .sql("DELETE FROM console_sessions WHERE token_hash IN (SELECT token_hash FROM console_sessions"
                        + " WHERE expires_at <= ? LIMIT ? FOR UPDATE SKIP LOCKED)")
                .params(Timestamp.from(now), batch)
                .update();
    }

    /** The token of an {@code Authorization: Session <token>} header. */
    public static Optional<String> tokenOf(String authorization) {
        if (authorization.regionMatches(true, 0, "Session ", 0, "Session ".length())) {
            String token = authorization.substring("Session ".length()).strip();
            return token.matches("[A-Za-z0-9_-]{43}") ? Optional.of(token) : Optional.empty();
        }
        return Optional.empty();
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
