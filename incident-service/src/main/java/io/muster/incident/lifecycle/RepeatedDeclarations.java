package io.muster.incident.lifecycle;

import io.muster.incident.facts.IncidentsProperties;
import io.muster.incident.web.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recognises a declaration that was made already, so that it alerts nobody twice: the same
 * {@code Idempotency-Key} from the same login (within {@code idempotency-key-lifetime}), or, without
 * a key, the same declaration from the same login within {@code repeated-declaration-window}. A
 * login's declarations take turns (a transaction lock on the login), so of two concurrent identical
 * ones the second sees the first.
 */
@Component
class RepeatedDeclarations {

    /** The same key again with a different declaration: 422, nothing declared. */
    static final class KeyReused extends ProblemException {
        KeyReused() {
            super(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "idempotency-key-reused",
                    "Idempotency key already used",
                    "This Idempotency-Key was used for a different declaration; use a new key for a new incident.");
        }
    }

    /** What identifies a declaration: who, the optional key, and a digest of the declaration. */
    record Request(String declaredBy, @Nullable String key, String hash) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Duration window;
    private final Duration keyLifetime;

    RepeatedDeclarations(JdbcClient jdbc, JsonMapper json, IncidentsProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.window = properties.repeatedDeclarationWindow();
        this.keyLifetime = properties.idempotencyKeyLifetime();
    }

    Request request(DeclareIncident command, String declaredBy, @Nullable String key) {
        return new Request(declaredBy, key, sha256(json.writeValueAsString(command)));
    }

    /** The incident this request declared already, if any. Call in the declaring transaction. */
    Optional<UUID> earlier(Request request, Instant now) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 11))")
                .param("declare:" + request.declaredBy())
                .query()
                .singleRow();
        if (request.key() != null) {
            return byKey(request, now);
        }
        return jdbc.sql(
                        """
                        SELECT incident_id FROM declarations WHERE declared_by = ? AND request_hash = ? AND declared_at > ?
                        ORDER BY declared_at LIMIT 1
                        """)
                .params(request.declaredBy(), request.hash(), Timestamp.from(now.minus(window)))
                .query(UUID.class)
                .optional();
    }

    void remember(Request request, UUID incident, Instant at) {
        // A key older than its lifetime may be used again: the old row gives it up.
        if (request.key() != null) {
            jdbc.sql("UPDATE declarations SET idempotency_key = NULL WHERE declared_by = ? AND idempotency_key = ?")
                    .params(request.declaredBy(), request.key())
                    .update();
        }
        jdbc.sql(
                        """
                        INSERT INTO declarations (incident_id, declared_by, idempotency_key, request_hash, declared_at)
                        VALUES (?, ?, ?, ?, ?)
                        """)
                .params(incident, request.declaredBy(), request.key(), request.hash(), Timestamp.from(at))
                .update();
    }

    private Optional<UUID> byKey(Request request, Instant now) {
        record Keyed(UUID incident, String hash) {}
        Optional<Keyed> keyed = jdbc.sql(
                        """
                        SELECT incident_id, request_hash FROM declarations
                        WHERE declared_by = ? AND idempotency_key = ? AND declared_at > ?
                        """)
                .params(request.declaredBy(), request.key(), Timestamp.from(now.minus(keyLifetime)))
                .query((rs, n) -> new Keyed(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
        if (keyed.isPresent() && !keyed.get().hash().equals(request.hash())) {
            throw new KeyReused();
        }
        return keyed.map(Keyed::incident);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
