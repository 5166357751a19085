package io.muster.tokens;

import java.time.Instant;
import java.util.UUID;

/**
 * What checking a token found. {@code notificationId} is the id the token names: a notification for
 * answer tokens, a subscriber for subscriber links.
 */
public sealed interface TokenCheck {

    /** Signed by one of our secrets and not expired: it names this notification. */
    record Valid(UUID notificationId, Instant expiresAt) implements TokenCheck {}

    /** Signed by us but past its expiry: answers are too late, though a bounce may still name it. */
    record Expired(UUID notificationId, Instant expiresAt) implements TokenCheck {}

    /** Not a token we signed (garbage, tampered, or a retired secret). */
    record Invalid() implements TokenCheck {}
}
