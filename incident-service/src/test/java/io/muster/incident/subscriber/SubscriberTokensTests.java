package io.muster.incident.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.tokens.AnswerTokenCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SubscriberTokensTests {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private static final String SECRET = "a-secret-of-at-least-thirty-two-characters";

    private final SubscriberTokens tokens = tokens(SECRET, NOW);

    @Test
    void aTokenNamesItsSubscriberForItsPurposeUntilItExpires() {
        UUID subscriber = UUID.randomUUID();
        String token = tokens.mint(SubscriberTokens.Purpose.CONFIRM, subscriber, NOW.plus(Duration.ofHours(1)));

        assertThat(tokens.read(SubscriberTokens.Purpose.CONFIRM, token)).contains(subscriber);
        assertThat(tokens.read(SubscriberTokens.Purpose.UNSUBSCRIBE, token)).isEmpty();
        assertThat(tokens("a-secret-of-at-least-thirty-two-characters", NOW.plus(Duration.ofHours(2)))
                        .read(SubscriberTokens.Purpose.CONFIRM, token))
                .isEmpty();
    }

    @Test
    void anotherSecretOrATamperedTokenIsRejected() {
        String token = tokens.mint(SubscriberTokens.Purpose.UNSUBSCRIBE, UUID.randomUUID(), NOW.plusSeconds(60));
        // a middle character: the last one of base64 may carry only padding bits
        String tampered = token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6);

        assertThat(tokens("another-secret-of-at-least-thirty-two-chars", NOW)
                        .read(SubscriberTokens.Purpose.UNSUBSCRIBE, token))
                .isEmpty();
        assertThat(tokens.read(SubscriberTokens.Purpose.UNSUBSCRIBE, tampered)).isEmpty();
        assertThat(tokens.read(SubscriberTokens.Purpose.UNSUBSCRIBE, "short")).isEmpty();
        assertThat(tokens.read(SubscriberTokens.Purpose.UNSUBSCRIBE, "!!not base64!!"))
                .isEmpty();
    }

    @Test
    void aLinkIsAnAnswerTokenCodecTokenOfItsOwnPurposeNeverAnAnswerToken() {
        UUID subscriber = UUID.randomUUID();
        String token = tokens.mint(SubscriberTokens.Purpose.UNSUBSCRIBE, subscriber, NOW.plus(Duration.ofDays(3650)));

        assertThat(token).hasSize(AnswerTokenCodec.LENGTH).matches("[a-z2-7]+");
        assertThat(AnswerTokenCodec.forPurpose("subscriber-unsubscribe", List.of(SECRET))
                        .validId(token, NOW))
                .contains(subscriber);
        assertThat(new AnswerTokenCodec(List.of(SECRET)).validId(token, NOW)).isEmpty();
    }

    @Test
    void aLinkSignedWithAPreviousSecretIsReadAfterARotation() {
        UUID subscriber = UUID.randomUUID();
        String token = tokens.mint(SubscriberTokens.Purpose.UNSUBSCRIBE, subscriber, NOW.plus(Duration.ofDays(30)));
        var rotated = tokens("a-new-secret-of-at-least-thirty-two-chars", NOW, List.of(SECRET));

        assertThat(rotated.read(SubscriberTokens.Purpose.UNSUBSCRIBE, token)).contains(subscriber);
    }

    @Test
    void aLinkMailedInTheFormerFormatStillWorksForItsPurposeUntilItExpires() {
        UUID subscriber = UUID.randomUUID();
        Instant expiry = NOW.plus(Duration.ofDays(3000));
        String unsubscribe = formerLink(1, subscriber, expiry, SECRET);

        assertThat(unsubscribe).hasSize(55);
        assertThat(tokens.read(SubscriberTokens.Purpose.UNSUBSCRIBE, unsubscribe))
                .contains(subscriber);
        assertThat(tokens.read(SubscriberTokens.Purpose.CONFIRM, unsubscribe)).isEmpty();
        assertThat(tokens.read(SubscriberTokens.Purpose.CONFIRM, formerLink(0, subscriber, expiry, SECRET)))
                .contains(subscriber);
        assertThat(tokens(SECRET, expiry).read(SubscriberTokens.Purpose.UNSUBSCRIBE, unsubscribe))
                .isEmpty();
        assertThat(tokens.read(
                        SubscriberTokens.Purpose.UNSUBSCRIBE,
                        formerLink(1, subscriber, expiry, "another-secret-of-at-least-thirty-two-chars")))
                .isEmpty();
    }

    /** A link as SubscriberTokens minted them before the answer-token codec: base64url, 41 bytes. */
    static String formerLink(int purpose, UUID subscriber, Instant expiresAt, String secret) {
        try {
            byte[] body = ByteBuffer.allocate(25)
                    .put((byte) purpose)
                    .putLong(subscriber.getMostSignificantBits())
                    .putLong(subscriber.getLeastSignificantBits())
                    .putLong(expiresAt.getEpochSecond())
                    .array();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] token = Arrays.copyOf(body, 41);
            System.arraycopy(mac.doFinal(body), 0, token, 25, 16);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SubscriberTokens tokens(String secret, Instant now) {
        return tokens(secret, now, List.of());
    }

    private static SubscriberTokens tokens(String secret, Instant now, List<String> previousSecrets) {
        var properties = new SubscriberProperties(
                secret,
                "from@example.org",
                Duration.ofHours(48),
                Duration.ofDays(10),
                3,
                20,
                Duration.ofHours(1),
                false,
                Duration.ofSeconds(1),
                50,
                5,
                Duration.ofMinutes(1),
                previousSecrets);
        return new SubscriberTokens(properties, Clock.fixed(now, ZoneOffset.UTC));
    }
}
