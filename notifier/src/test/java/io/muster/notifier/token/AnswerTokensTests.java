package io.muster.notifier.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.tokens.Base32;
import io.muster.tokens.TokensProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnswerTokensTests {

    private static final Instant NOW = Instant.parse("2026-11-21T09:15:00Z");
    private static final UUID NOTIFICATION = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final AnswerTokens tokens = new AnswerTokens(new TokensProperties(List.of("s3cret"), null), clock);

    @Test
    void tokenIs48LowerCaseBase32CharactersAndNamesItsNotification() {
        String token = tokens.mint(NOTIFICATION, NOW.plus(Duration.ofHours(1)));

        assertThat(token).matches("[a-z2-7]{48}");
        assertThat(tokens.verify(token)).contains(NOTIFICATION);
    }

    @Test
    void tokenCarriesTheIdTheExpiryAndTheFirstTenBytesOfTheMac() {
        String token = tokens.mint(NOTIFICATION, Instant.ofEpochSecond(0x12345678L));

        byte[] bytes = Base32.decode(token).orElseThrow();
        assertThat(bytes).hasSize(30);
        assertThat(bytes[0]).isEqualTo((byte) 0xa1);
        assertThat(new byte[] {bytes[16], bytes[17], bytes[18], bytes[19]}).containsExactly(0x12, 0x34, 0x56, 0x78);
    }

    @Test
    void aFlippedBitAnywhereMakesTheTokenInvalid() {
        byte[] bytes =
                Base32.decode(tokens.mint(NOTIFICATION, NOW.plusSeconds(60))).orElseThrow();
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] flipped = bytes.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));

            assertThat(tokens.verify(Base32.encode(flipped))).as("bit " + bit).isEmpty();
        }
    }

    @Test
    void expiredTokenIsRejected() {
        String token = tokens.mint(NOTIFICATION, NOW.minusSeconds(1));

        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void tokenSignedWithAnOlderSecretStillVerifiesWhileThatSecretIsListed() {
        var old = new AnswerTokens(new TokensProperties(List.of("old"), null), clock);
        var rotated = new AnswerTokens(new TokensProperties(List.of("new", "old"), null), clock);
        var forgotten = new AnswerTokens(new TokensProperties(List.of("new"), null), clock);
        String token = old.mint(NOTIFICATION, NOW.plusSeconds(60));

        assertThat(rotated.verify(token)).contains(NOTIFICATION);
        assertThat(forgotten.verify(token)).isEmpty();
    }

    @Test
    void ttlWhenSetDecidesTheExpiryInsteadOfTheRequest() {
        var shortLived = new AnswerTokens(new TokensProperties(List.of("s3cret"), Duration.ofMinutes(5)), clock);
        String token = shortLived.mint(NOTIFICATION, NOW.plus(Duration.ofDays(1)));

        byte[] bytes = Base32.decode(token).orElseThrow();
        long expiry = java.nio.ByteBuffer.wrap(bytes, 16, 4).getInt() & 0xffffffffL;
        assertThat(expiry).isEqualTo(NOW.plus(Duration.ofMinutes(5)).getEpochSecond());
    }

    @Test
    void base32RoundTripsEveryLength() {
        for (int length = 0; length < 12; length++) {
            byte[] bytes = new byte[length];
            new java.util.Random(length).nextBytes(bytes);

            assertThat(Base32.decode(Base32.encode(bytes)))
                    .hasValueSatisfying(decoded -> assertThat(decoded).isEqualTo(bytes));
        }
    }
}
