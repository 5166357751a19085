package io.muster.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tokens of other purposes (subscriber links) share the answer-token format but never its keys. */
class PurposeTokensTests {

    private static final UUID ID = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final Instant EXPIRY = NOW.plusSeconds(3600);
    private static final List<String> SECRETS = List.of("current", "previous");

    @Test
    void anAnswerTokenIsExactlyTheDocumentedBytes() {
        // base32(id ‖ expiry as 4 bytes ‖ HMAC-SHA256("current", id ‖ expiry)[0..10]), computed outside Java
        assertThat(new AnswerTokenCodec(SECRETS).mint(ID, EXPIRY))
                .isEqualTo("ugzmhvhf6zfhxde5bypsuo2mlvvqc25ae7xc4jaxpme5xin2");
    }

    @Test
    void aPurposeTokenHasTheSameShapeAndNamesItsIdUntilItExpires() {
        var unsubscribe = AnswerTokenCodec.forPurpose("subscriber-unsubscribe", SECRETS);
        String token = unsubscribe.mint(ID, EXPIRY);

        assertThat(token).hasSize(AnswerTokenCodec.LENGTH).matches("[a-z2-7]+");
        assertThat(unsubscribe.validId(token, NOW)).contains(ID);
        assertThat(unsubscribe.check(token, EXPIRY)).isEqualTo(new TokenCheck.Expired(ID, EXPIRY));
        assertThat(unsubscribe.validId(token, EXPIRY)).isEmpty();
    }

    @Test
    void aTokenOfOnePurposeChecksNeitherUnderAnotherNorAsAnAnswerToken() {
        String unsubscribe =
                AnswerTokenCodec.forPurpose("subscriber-unsubscribe", SECRETS).mint(ID, EXPIRY);
        String answer = new AnswerTokenCodec(SECRETS).mint(ID, EXPIRY);

        assertThat(AnswerTokenCodec.forPurpose("subscriber-confirm", SECRETS).check(unsubscribe, NOW))
                .isInstanceOf(TokenCheck.Invalid.class);
        assertThat(new AnswerTokenCodec(SECRETS).check(unsubscribe, NOW)).isInstanceOf(TokenCheck.Invalid.class);
        assertThat(AnswerTokenCodec.forPurpose("subscriber-unsubscribe", SECRETS)
                        .check(answer, NOW))
                .isInstanceOf(TokenCheck.Invalid.class);
    }

    @Test
    void aPurposeTokenSignedWithAnOlderSecretIsAcceptedDuringRotation() {
        String old = AnswerTokenCodec.forPurpose("subscriber-confirm", List.of("previous"))
                .mint(ID, EXPIRY);

        assertThat(AnswerTokenCodec.forPurpose("subscriber-confirm", SECRETS).validId(old, NOW))
                .contains(ID);
        assertThat(AnswerTokenCodec.forPurpose("subscriber-confirm", List.of("other"))
                        .validId(old, NOW))
                .isEmpty();
    }

    @Test
    void aPurposeNeedsANameAndASecret() {
        assertThatThrownBy(() -> AnswerTokenCodec.forPurpose(" ", SECRETS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerTokenCodec.forPurpose("subscriber-confirm", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
