package io.muster.gateway;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints answer tokens the way docs/architecture.md specifies (as the notifier does), written
 * independently of the gateway's checker: base32 of id ‖ expiry ‖ the first 10 bytes of the MAC.
 */
public final class AnswerTokenMinter {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private AnswerTokenMinter() {}

    public static String mint(UUID notificationId, Instant expiresAt, String secret) {
        ByteBuffer signed = ByteBuffer.allocate(20)
                .putLong(notificationId.getMostSignificantBits())
                .putLong(notificationId.getLeastSignificantBits())
                .putInt((int) expiresAt.getEpochSecond());
        byte[] token = Arrays.copyOf(signed.array(), 30);
        System.arraycopy(hmac(secret, signed.array()), 0, token, 20, 10);
        return base32(token);
    }

    private static byte[] hmac(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 30 bytes are 240 bits: exactly 48 characters, no padding needed. */
    private static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (int bit = 0; bit < bytes.length * 8; bit += 5) {
            int value = 0;
            for (int i = 0; i < 5; i++) {
                int b = bit + i;
                value = (value << 1) | ((bytes[b / 8] >> (7 - b % 8)) & 1);
            }
            out.append(ALPHABET.charAt(value));
        }
        return out.toString();
    }
}
