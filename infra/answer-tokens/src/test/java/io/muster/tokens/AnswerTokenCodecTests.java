package io.muster.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnswerTokenCodecTests {

    private static final UUID NOTIFICATION = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final Instant EXPIRY = NOW.plusSeconds(3600);

    private final AnswerTokenCodec codec = new AnswerTokenCodec(List.of("current", "previous"));

    @Test
    void aMintedTokenNamesItsNotificationUntilItExpires() {
        String token = codec.mint(NOTIFICATION, EXPIRY);

        assertThat(token).hasSize(AnswerTokenCodec.LENGTH).matches("[a-z2-7]+");
        assertThat(codec.check(token, NOW)).isEqualTo(new TokenCheck.Valid(NOTIFICATION, EXPIRY));
        assertThat(codec.check(token, EXPIRY)).isEqualTo(new TokenCheck.Expired(NOTIFICATION, EXPIRY));
    }

    @Test
    void aTokenSignedWithAnOlderSecretIsAcceptedDuringRotation() {
        String old = new AnswerTokenCodec(List.of("previous")).mint(NOTIFICATION, EXPIRY);

        assertThat(codec.check(old, NOW)).isInstanceOf(TokenCheck.Valid.class);
        assertThat(new AnswerTokenCodec(List.of("other")).check(old, NOW)).isInstanceOf(TokenCheck.Invalid.class);
    }

    @Test
    void everyAlteredCharacterMakesTheTokenInvalid() {
        String token = codec.mint(NOTIFICATION, EXPIRY);
        for (int i = 0; i < token.length(); i++) {
            char replacement = token.charAt(i) == 'a' ? 'b' : 'a';
            String altered = token.substring(0, i) + replacement + token.substring(i + 1);
            assertThat(codec.check(altered, NOW)).as("position " + i).isInstanceOf(TokenCheck.Invalid.class);
        }
    }

    @Test
    void garbageIsInvalidNotAnError() {
        assertThat(codec.check("", NOW)).isInstanceOf(TokenCheck.Invalid.class);
        assertThat(codec.check("A".repeat(48), NOW)).isInstanceOf(TokenCheck.Invalid.class);
        assertThat(codec.check("<script>".repeat(6), NOW)).isInstanceOf(TokenCheck.Invalid.class);
    }

    @Test
    void aCodecWithoutASecretIsRefused() {
        assertThatThrownBy(() -> new AnswerTokenCodec(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnswerTokenCodec(List.of(" "))).isInstanceOf(IllegalArgumentException.class);
    }
}
