package io.muster.notifier.channel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One rendered message, ready for one provider call.
 *
 * @param content what the provider receives and can show us again (SMS body, TwiML URL, email text)
 * @param token the answer token the message carries
 */
public record Outgoing(DeliveryRequest request, String address, int attempt, String content, String token) {

    /** Kept in the ledger before the call, to recognise the message in the provider's list later. */
    public String contentSha256() {
        return sha256(content);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
