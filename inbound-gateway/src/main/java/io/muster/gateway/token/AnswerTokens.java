package io.muster.gateway.token;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Checks answer tokens: base32 of notificationId (16 bytes) ‖ expiresAt (4 bytes, epoch seconds)
 * ‖ the first 10 bytes of HMAC-SHA256(secret, those 20 bytes). Any configured secret is accepted,
 * so a secret can be rotated; the MAC is compared in constant time.
 */
@Component
public class AnswerTokens {

    static final int LENGTH = 48;
    private static final int SIGNED = 20;
    private static final int MAC_BYTES = 10;

    private final List<SecretKeySpec> keys;
    private final Clock clock;

    AnswerTokens(TokensProperties properties, Clock clock) {
        this.keys = properties.secrets().stream()
                .map(secret -> new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .toList();
        this.clock = clock;
    }

    public TokenCheck check(String token) {
        if (token.length() != LENGTH) {
            return new TokenCheck.Invalid();
        }
        return Base32.decode(token)
                .filter(bytes -> bytes.length == SIGNED + MAC_BYTES && signedByUs(bytes))
                .map(this::checked)
                .orElseGet(TokenCheck.Invalid::new);
    }

    private TokenCheck checked(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        UUID notificationId = new UUID(buffer.getLong(), buffer.getLong());
        Instant expiresAt = Instant.ofEpochSecond(Integer.toUnsignedLong(buffer.getInt()));
        return clock.instant().isBefore(expiresAt)
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
