package io.muster.gateway.token;

import io.muster.tokens.AnswerTokenCodec;
import io.muster.tokens.TokenCheck;
import io.muster.tokens.TokensProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Checks answer tokens against the configured secrets (any of them: rotation) at the current time. */
@Component
@EnableConfigurationProperties(TokensProperties.class)
public class AnswerTokens {

    private final AnswerTokenCodec codec;
    private final Clock clock;

    AnswerTokens(TokensProperties properties, Clock clock) {
        this.codec = new AnswerTokenCodec(properties.secrets());
        this.clock = clock;
    }

    public TokenCheck check(String token) {
        return codec.check(token, clock.instant());
    }
}
