package io.muster.incident.subscriber;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring subscriber links. Token = base64url(purpose (1 byte) ‖ subscriber id (16) ‖
 * expiry epoch seconds (8) ‖ first 16 bytes of HMAC-SHA256(secret, those 25 bytes)); the purpose
 * byte keeps an unsubscribe link from confirming and the other way round.
 */
@Component
class SubscriberTokens {

    enum Purpose {
        CONFIRM,
        UNSUBSCRIBE
    }

    private static final int BODY = 25;
    private static final int MAC = 16;

    private final SecretKeySpec key;
    private final Clock clock;

    SubscriberTokens(SubscriberProperties properties, Clock clock) {
        this.key = new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    String mint(Purpose purpose, UUID subscriberId, Instant expiresAt) {
        ByteBuffer body = ByteBuffer.allocate(BODY)
                .put((byte) purpose.ordinal())
                .putLong(subscriberId.getMostSignificantBits())
                .putLong(subscriberId.getLeastSignificantBits())
                .putLong(expiresAt.getEpochSecond());
        byte[] token = Arrays.copyOf(body.array(), BODY + MAC);
        System.arraycopy(mac(body.array()), 0, token, BODY, MAC);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The subscriber, when the token is well-formed, signed by us, for this purpose and not expired. */
    Optional<UUID> read(Purpose purpose, String token) {
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
        boolean signed = MessageDigest.isEqual(Arrays.copyOfRange(bytes, BODY, BODY + MAC), mac(body));
        ByteBuffer fields = ByteBuffer.wrap(body);
        boolean rightPurpose = fields.get() == purpose.ordinal();
        UUID subscriber = new UUID(fields.getLong(), fields.getLong());
        boolean fresh = clock.instant().getEpochSecond() < fields.getLong();
        return signed && rightPurpose && fresh ? Optional.of(subscriber) : Optional.empty();
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(body), MAC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
