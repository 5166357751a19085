package io.muster.tokens;

import java.time.Instant;
import java.util.UUID;

/** What checking an answer token found. */
public sealed interface TokenCheck {

    /** Signed by one of our secrets and not expired: it names this notification. */
    record Valid(UUID notificationId, Instant expiresAt) implements TokenCheck {}

    /** Signed by us but past its expiry: answers are too late, though a bounce may still name it. */
    record Expired(UUID notificationId, Instant expiresAt) implements TokenCheck {}

    /** Not a token we signed (garbage, tampered, or a retired secret). */
    record Invalid() implements TokenCheck {}
}
