package io.muster.incident.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscriberTokensTests {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private final SubscriberTokens tokens = tokens("a-secret-of-at-least-thirty-two-characters", NOW);

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

    private static SubscriberTokens tokens(String secret, Instant now) {
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
                Duration.ofMinutes(1));
        return new SubscriberTokens(properties, Clock.fixed(now, ZoneOffset.UTC));
    }
}
