package io.muster.gateway.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.AnswerTokenMinter;
import io.muster.tokens.TokenCheck;
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
    private static final String SECRET = "current-secret";
    private static final String OLD_SECRET = "secret-being-rotated-out";

    private final AnswerTokens tokens =
            new AnswerTokens(new TokensProperties(List.of(SECRET, OLD_SECRET), null), Clock.fixed(NOW, ZoneOffset.UTC));
    private final UUID notificationId = UUID.randomUUID();
    private final Instant expiresAt = NOW.plus(Duration.ofHours(24));

    @Test
    void acceptsATokenMintedWithTheCurrentSecretAndNamesItsNotification() {
        String token = AnswerTokenMinter.mint(notificationId, expiresAt, SECRET);

        assertThat(token).hasSize(48).matches("[a-z2-7]+");
        assertThat(tokens.check(token)).isEqualTo(new TokenCheck.Valid(notificationId, expiresAt));
    }

    @Test
    void acceptsATokenMintedWithASecretBeingRotatedOut() {
        assertThat(tokens.check(AnswerTokenMinter.mint(notificationId, expiresAt, OLD_SECRET)))
                .isEqualTo(new TokenCheck.Valid(notificationId, expiresAt));
    }

    @Test
    void rejectsATokenWithAnyBitFlipped() {
        String token = AnswerTokenMinter.mint(notificationId, expiresAt, SECRET);
        for (int i = 0; i < token.length(); i++) {
            char flipped = flip(token.charAt(i));
            String tampered = token.substring(0, i) + flipped + token.substring(i + 1);
            assertThat(tokens.check(tampered)).as("character %d flipped", i).isInstanceOf(TokenCheck.Invalid.class);
        }
    }

    @Test
    void reportsATokenPastItsExpiryAsExpired() {
        Instant past = NOW.minusSeconds(1);

        assertThat(tokens.check(AnswerTokenMinter.mint(notificationId, past, SECRET)))
                .isEqualTo(new TokenCheck.Expired(notificationId, past));
    }

    @Test
    void rejectsATokenSignedWithAnotherSecret() {
        assertThat(tokens.check(AnswerTokenMinter.mint(notificationId, expiresAt, "someone-elses-secret")))
                .isInstanceOf(TokenCheck.Invalid.class);
    }

    @Test
    void rejectsGarbage() {
        String token = AnswerTokenMinter.mint(notificationId, expiresAt, SECRET);
        for (String garbage : List.of(
                "",
                "x",
                "not a token",
                token.toUpperCase(),
                token + "a",
                token.substring(1),
                "0".repeat(48),
                "a".repeat(48),
                token.substring(0, 47) + "=")) {
            assertThat(tokens.check(garbage)).as(garbage).isInstanceOf(TokenCheck.Invalid.class);
        }
    }

    /** Flips the lowest bit of the 5 a base32 character stands for. */
    private static char flip(char c) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        return alphabet.charAt(alphabet.indexOf(c) ^ 1);
    }
}
