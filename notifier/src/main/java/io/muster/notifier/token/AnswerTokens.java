package io.muster.notifier.token;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Mints answer tokens (docs/architecture.md): base32 of notificationId (16 bytes) ‖ expiresAt (4
 * bytes, unsigned epoch seconds) ‖ the first 10 bytes of HMAC-SHA256(first secret, those 20 bytes).
 */
@Component
public class AnswerTokens {

    /** Used only when neither a ttl nor the request's expiresAt says how long a token lives. */
    private static final Duration FALLBACK_TTL = Duration.ofDays(7);

    private static final int SIGNED = 20;
    private static final int MAC_BYTES = 10;

    private final List<SecretKeySpec> keys;
    private final @Nullable Duration ttl;
    private final Clock clock;

    public AnswerTokens(TokensProperties properties, Clock clock) {
        this.keys = properties.secrets().stream()
                .map(secret -> new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .toList();
        this.ttl = properties.ttl();
        this.clock = clock;
    }

    /** A token for {@code notificationId}, valid for the ttl or else until the request expires. */
    public String mint(UUID notificationId, @Nullable Instant requestExpiresAt) {
        Instant expiresAt = ttl != null
                ? clock.instant().plus(ttl)
                : requestExpiresAt != null ? requestExpiresAt : clock.instant().plus(FALLBACK_TTL);
        byte[] signed = ByteBuffer.allocate(SIGNED)
                .putLong(notificationId.getMostSignificantBits())
                .putLong(notificationId.getLeastSignificantBits())
                .putInt((int) expiresAt.getEpochSecond())
                .array();
        byte[] token = Arrays.copyOf(signed, SIGNED + MAC_BYTES);
        System.arraycopy(hmac(keys.getFirst(), signed), 0, token, SIGNED, MAC_BYTES);
        return Base32.encode(token);
    }

    /** The notification a token names if any configured secret signed it and it has not expired. */
    public Optional<UUID> verify(String token) {
        return Base32.decode(token)
                .filter(bytes -> bytes.length == SIGNED + MAC_BYTES && signedByUs(bytes))
                .map(ByteBuffer::wrap)
                .filter(buffer -> clock.instant().getEpochSecond() < Integer.toUnsignedLong(buffer.getInt(16)))
                .map(buffer -> new UUID(buffer.getLong(0), buffer.getLong(8)));
    }

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
