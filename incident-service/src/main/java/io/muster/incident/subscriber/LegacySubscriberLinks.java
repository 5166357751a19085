package io.muster.incident.subscriber;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads (never mints) subscriber links in the format used before they moved to the answer-token
 * codec: base64url(purpose (1 byte: 0 confirm, 1 unsubscribe) ‖ subscriber id (16) ‖ expiry epoch
 * seconds (8) ‖ first 16 bytes of HMAC-SHA256(secret, those 25 bytes)). Unsubscribe links of that
 * format were valid for 3,650 days; this class can go once none is left unexpired.
 */
final class LegacySubscriberLinks {

    private static final int BODY = 25;
    private static final int MAC = 16;

    private final List<SecretKeySpec> keys;

    LegacySubscriberLinks(List<String> secrets) {
        this.keys = secrets.stream()
                .map(secret -> new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .toList();
    }

    Optional<UUID> read(SubscriberTokens.Purpose purpose, String token, Instant now) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != BODY + MAC) {
            return Optional.empty();
        }
        byte[] body = Arrays.copyOf(bytes, BODY);
        byte[] mac = Arrays.copyOfRange(bytes, BODY, BODY + MAC);
        boolean signed = false;
        for (SecretKeySpec key : keys) {
            signed |= MessageDigest.isEqual(mac, mac(key, body));
        }
        ByteBuffer fields = ByteBuffer.wrap(body);
        boolean rightPurpose = fields.get() == (purpose == SubscriberTokens.Purpose.CONFIRM ? 0 : 1);
        UUID subscriber = new UUID(fields.getLong(), fields.getLong());
        boolean fresh = now.getEpochSecond() < fields.getLong();
        return signed && rightPurpose && fresh ? Optional.of(subscriber) : Optional.empty();
    }

    private static byte[] mac(SecretKeySpec key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(body), MAC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
