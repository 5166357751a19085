package io.muster.tokens;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The answer-token format (docs/architecture.md): lower-case unpadded base32 of notificationId
 * (16 bytes) ‖ expiresAt (4 bytes, unsigned epoch seconds) ‖ the first 10 bytes of
 * HMAC-SHA256(secret, those 20 bytes). The first secret signs; any secret is accepted, so a secret
 * can be rotated. The MAC is compared in constant time.
 *
 * <p>Every other signed, expiring link of Muster (a subscriber's confirmation or unsubscribe link)
 * uses the same format under a purpose of its own ({@link #forPurpose}): its keys are derived from
 * the secrets and the purpose, so a token minted for one purpose never checks under another, nor as
 * an answer token, even where the same secret is configured. Answer tokens sign with the secrets
 * themselves, as they always have.
 */
public final class AnswerTokenCodec {

    /** Characters in every token: 30 bytes in base32. */
    public static final int LENGTH = 48;

    private static final int SIGNED = 20;
    private static final int MAC_BYTES = 10;

    /** What a purpose's key is derived from: HMAC-SHA256(secret, this ‖ purpose). */
    private static final String PURPOSE_LABEL = "muster-token-purpose:";

    private final List<SecretKeySpec> keys;

    /** The codec of answer tokens: their keys are the secrets themselves. */
    public AnswerTokenCodec(List<String> secrets) {
        this(keys(secrets));
    }

    private AnswerTokenCodec(Stream<SecretKeySpec> keys) {
        this.keys = keys.toList();
    }

    /**
     * The codec of tokens for {@code purpose} (a fixed name such as {@code subscriber-unsubscribe}):
     * the same format and rotation, keys HMAC-SHA256(secret, "muster-token-purpose:" + purpose).
     */
    public static AnswerTokenCodec forPurpose(String purpose, List<String> secrets) {
        if (purpose.isBlank()) {
            throw new IllegalArgumentException("A token purpose needs a name");
        }
        byte[] label = (PURPOSE_LABEL + purpose).getBytes(StandardCharsets.UTF_8);
        return new AnswerTokenCodec(keys(secrets).map(secret -> new SecretKeySpec(hmac(secret, label), "HmacSHA256")));
    }

    private static Stream<SecretKeySpec> keys(List<String> secrets) {
        if (secrets.isEmpty() || secrets.stream().anyMatch(s -> s == null || s.isBlank())) {
            throw new IllegalArgumentException("Answer tokens need at least one non-blank secret");
        }
        return secrets.stream().map(secret -> new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    }

    /** A token naming {@code notificationId} until {@code expiresAt}, signed with the first secret. */
    public String mint(UUID notificationId, Instant expiresAt) {
        byte[] signed = ByteBuffer.allocate(SIGNED)
                .putLong(notificationId.getMostSignificantBits())
                .putLong(notificationId.getLeastSignificantBits())
                .putInt((int) expiresAt.getEpochSecond())
                .array();
        byte[] token = Arrays.copyOf(signed, SIGNED + MAC_BYTES);
        System.arraycopy(hmac(keys.getFirst(), signed), 0, token, SIGNED, MAC_BYTES);
        return Base32.encode(token);
    }

    /** What {@code token} is at {@code now}: valid, signed but expired, or not ours. */
    public TokenCheck check(String token, Instant now) {
        if (token.length() != LENGTH) {
            return new TokenCheck.Invalid();
        }
        return Base32.decode(token)
                .filter(bytes -> bytes.length == SIGNED + MAC_BYTES && signedByUs(bytes))
                .map(bytes -> checked(bytes, now))
                .orElseGet(TokenCheck.Invalid::new);
    }

    /** The id a token names, when one of our keys signed it and it has not expired at {@code now}. */
    public Optional<UUID> validId(String token, Instant now) {
        return check(token, now) instanceof TokenCheck.Valid valid
                ? Optional.of(valid.notificationId())
                : Optional.empty();
    }

    private static TokenCheck checked(byte[] bytes, Instant now) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        UUID notificationId = new UUID(buffer.getLong(), buffer.getLong());
        Instant expiresAt = Instant.ofEpochSecond(Integer.toUnsignedLong(buffer.getInt()));
        return now.isBefore(expiresAt)
                ? new TokenCheck.Valid(notificationId, expiresAt)
                : new TokenCheck.Expired(notificationId, expiresAt);
    }

    /** Every key is tried, so the time taken does not tell which secret (if any) matched. */
    private boolean signedByUs(byte[] bytes) {
        byte[] signed = Arrays.copyOf(bytes, SIGNED);
        byte[] mac = Arrays.copyOfRange(bytes, SIGNED, SIGNED + MAC_BYTES);
        boolean valid = false;
        for (SecretKeySpec key : keys) {
            valid |= MessageDigest.isEqual(mac, Arrays.copyOf(hmac(key, signed), MAC_BYTES));
        }
        return valid;
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
